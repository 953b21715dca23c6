"""The optional LLM writer: rewrites the main article of an extractive briefing as fluent
prose through an OpenAI-compatible chat API, and keeps only what passes the support check.

Off unless ``llm_base_url`` is set. The model sees the extractive sentences with their
citation numbers and must end each sentence with the numbers it rests on ("[1][3]"). A
sentence of its reply is kept only when

* it cites at least one source, and only numbers that were given;
* at least ``llm_support_overlap`` of its content words occur in the cited articles;
* every figure in it occurs in a cited article;
* every quotation in it stands verbatim in a cited article;

otherwise it is dropped and logged. When nothing passes (or the call fails), the extractive
main article stays. Nothing the sources do not support reaches the reader.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from dataclasses import replace

import httpx

from storyline.compare.support import normalise, stands_in
from storyline.extract.words import content_stems
from storyline.model import Article, Briefing, BriefSentence
from storyline.settings import DEFAULT, Settings

log = logging.getLogger(__name__)

Messages = list[dict[str, str]]
Chat = Callable[[Messages], str]

SYSTEM_PROMPT = (
    "You are a news editor. Rewrite the numbered source sentences below as a short, "
    "fluent news article of at most {limit} sentences. Use only facts stated in the "
    "source sentences; add nothing. Keep every quotation exactly as written, inside "
    "quotation marks. Write dates as they are given. End every sentence with the "
    "citation numbers of the source sentences it rests on, like [1] or [1][2]. "
    "Write one sentence per line and nothing else."
)
CITATION = re.compile(r"\[(\d+)\]")
QUOTED = re.compile(r"[\"“]([^\"”]{3,})[\"”]")
FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def render_messages(briefing: Briefing, limit: int) -> Messages:
    """The chat request: the rules, then the headline and the cited source sentences."""
    lines = [f"Headline: {briefing.headline}", "Source sentences:"]
    for sentence in [briefing.summary, *briefing.main]:
        numbers = "".join(f"[{n}]" for n in sorted({c.n for c in sentence.citations}))
        lines.append(f"- {sentence.text} {numbers}".rstrip())
    return [
        {"role": "system", "content": SYSTEM_PROMPT.format(limit=limit)},
        {"role": "user", "content": "\n".join(lines)},
    ]


def parse_reply(reply: str) -> list[tuple[str, list[int]]]:
    """Sentences of the model's reply with the citation numbers at their end."""
    out = []
    for line in reply.splitlines():
        line = line.strip().lstrip("-•* ").strip()
        numbers = [int(n) for n in CITATION.findall(line)]
        text = CITATION.sub("", line).strip()
        text = re.sub(r"\s+([.,;:!?])", r"\1", text)
        if text:
            out.append((text, numbers))
    return out


def supported(
    text: str, numbers: list[int], cited: dict[int, Article], settings: Settings = DEFAULT
) -> str | None:
    """Why the sentence fails the support check, or None when it passes."""
    if not numbers:
        return "cites no source"
    if any(n not in cited for n in numbers):
        return "cites a source it was not given"
    sources = [cited[n].text for n in numbers]
    flat = [normalise(s) for s in sources]
    for quote in QUOTED.findall(text):
        if not any(stands_in(normalise(quote), s) for s in flat):
            return f"quote not verbatim in the cited sources: {quote!r}"
    known = set().union(*(content_stems(s) for s in sources))
    stems = content_stems(text)
    if stems and len(stems & known) / len(stems) < settings.llm_support_overlap:
        return "words not in the cited sources"
    digits = set().union(*(FIGURE.findall(s) for s in sources))
    if any(figure not in digits for figure in FIGURE.findall(text)):
        return "a figure not in the cited sources"
    return None


def rewrite_main(
    briefing: Briefing, articles: dict[str, Article], chat: Chat, settings: Settings = DEFAULT
) -> Briefing:
    """The briefing with its main article written by ``chat``, sentence by sentence checked;
    the extractive version where the model's output does not hold."""
    given = [briefing.summary, *briefing.main]
    spans = {c.n: c for s in given for c in s.citations}
    cited = {n: articles[c.article_id] for n, c in spans.items() if c.article_id in articles}
    try:
        reply = chat(render_messages(briefing, len(given)))
    except (httpx.HTTPError, ValueError, KeyError) as err:
        log.warning("LLM writer failed, keeping the extractive briefing: %s", err)
        return briefing
    kept = []
    for text, numbers in parse_reply(reply):
        problem = supported(text, numbers, cited, settings)
        if problem:
            log.info("LLM sentence dropped (%s): %s", problem, text)
            continue
        kept.append(BriefSentence(text, [spans[n] for n in dict.fromkeys(numbers)]))
    if not kept:
        return briefing
    return replace(briefing, main=kept)


def openai_chat(settings: Settings = DEFAULT, transport: httpx.BaseTransport | None = None) -> Chat:
    """A ``Chat`` that calls ``{llm_base_url}/chat/completions`` (OpenAI's API, and the
    many servers that speak it) with the key from ``$STORYLINE_LLM_API_KEY`` if set."""
    key = os.environ.get("STORYLINE_LLM_API_KEY", "")
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    url = settings.llm_base_url.rstrip("/") + "/chat/completions"

    def chat(messages: Messages) -> str:
        with httpx.Client(timeout=settings.llm_timeout, transport=transport) as client:
            response = client.post(
                url,
                headers=headers,
                json={"model": settings.llm_model, "messages": messages, "temperature": 0},
            )
            response.raise_for_status()
            return str(response.json()["choices"][0]["message"]["content"])

    return chat

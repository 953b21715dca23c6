"""The optional LLM writer, offline: the exact prompt, the parsing of a reply, the
sentence-by-sentence support check, and the OpenAI-compatible call through a mock
transport (no network, no model)."""

from __future__ import annotations

import json
from dataclasses import replace

import httpx

from storyline.brief.llm import (
    SYSTEM_PROMPT,
    openai_chat,
    parse_reply,
    render_messages,
    rewrite_main,
    supported,
)
from storyline.model import Article, Briefing, BriefSentence, Citation
from storyline.settings import DEFAULT

PORT = Article(
    id="a1",
    source="a1.txt",
    text=(
        "Dock workers at the port of Valmara walked off the job on 2026-03-04, halting 40 "
        "ships. “We will stay out until we get a fair deal,” union leader Ines Carvalho said."
    ),
)
AUTHORITY = Article(
    id="a2",
    source="a2.txt",
    text="The Valmara port authority said talks with the dock workers' union would resume.",
)
ARTICLES = {"a1": PORT, "a2": AUTHORITY}


def briefing() -> Briefing:
    summary = BriefSentence(
        "Dock workers at the port of Valmara walked off the job on 2026-03-04, halting 40 ships.",
        [Citation(1, "a1", 0, 87)],
    )
    main = [
        BriefSentence(
            "“We will stay out until we get a fair deal,” union leader Ines Carvalho said.",
            [Citation(1, "a1", 88, 166)],
        ),
        BriefSentence(
            "The Valmara port authority said talks with the dock workers' union would resume.",
            [Citation(2, "a2", 0, 81)],
        ),
    ]
    return Briefing(
        storyline_id="st-1",
        title="Valmara dock strike",
        summary=summary,
        headline="Dock workers strike at Valmara port",
        main=main,
        developments=[],
        reactions=[],
        timeline=[],
        quotes=[],
        sources=[],
        single_source_claims=[],
        contradicted_claims=[],
        unverified_quotes=[],
    )


def test_the_prompt_is_exactly_the_rules_and_the_cited_sentences() -> None:
    messages = render_messages(briefing(), limit=3)
    assert messages == [
        {
            "role": "system",
            "content": "You are a news editor. Rewrite the numbered source sentences below as "
            "a short, fluent news article of at most 3 sentences. Use only facts stated in the "
            "source sentences; add nothing. Keep every quotation exactly as written, inside "
            "quotation marks. Write dates as they are given. End every sentence with the "
            "citation numbers of the source sentences it rests on, like [1] or [1][2]. Write "
            "one sentence per line and nothing else.",
        },
        {
            "role": "user",
            "content": "Headline: Dock workers strike at Valmara port\n"
            "Source sentences:\n"
            "- Dock workers at the port of Valmara walked off the job on 2026-03-04, halting "
            "40 ships. [1]\n"
            "- “We will stay out until we get a fair deal,” union leader Ines Carvalho said. [1]\n"
            "- The Valmara port authority said talks with the dock workers' union would "
            "resume. [2]",
        },
    ]
    assert SYSTEM_PROMPT.count("{limit}") == 1


def test_a_reply_is_parsed_into_sentences_and_their_citations() -> None:
    reply = (
        "Valmara's dock workers walked off the job on 2026-03-04, halting 40 ships [1].\n"
        "\n"
        "- Talks will resume, the port authority said. [2][1]\n"
        "A line without citations."
    )
    assert parse_reply(reply) == [
        ("Valmara's dock workers walked off the job on 2026-03-04, halting 40 ships.", [1]),
        ("Talks will resume, the port authority said.", [2, 1]),
        ("A line without citations.", []),
    ]


def test_the_support_check_names_what_fails() -> None:
    cited = {1: PORT, 2: AUTHORITY}
    ok = "Dock workers in Valmara walked off the job, halting 40 ships."
    assert supported(ok, [1], cited) is None
    assert supported(ok, [], cited) == "cites no source"
    assert supported(ok, [7], cited) == "cites a source it was not given"
    invented = "Dock workers in Valmara rioted and burned cranes, police reported."
    assert supported(invented, [1], cited) == "words not in the cited sources"
    wrong_figure = "Dock workers in Valmara walked off the job, halting 400 ships."
    assert supported(wrong_figure, [1], cited) == "a figure not in the cited sources"
    changed_quote = "Ines Carvalho said: “We will stay out until we get a good deal.”"
    problem = supported(changed_quote, [1], cited)
    assert problem is not None and problem.startswith("quote not verbatim")
    # Right words, wrong source: the authority article does not have them.
    assert supported(ok, [2], cited) == "words not in the cited sources"


def test_rewrite_keeps_checked_sentences_and_drops_the_rest() -> None:
    reply = (
        "Dock workers at the port of Valmara walked off the job on 2026-03-04, halting 40 "
        "ships, and union leader Ines Carvalho said: “We will stay out until we get a fair "
        "deal.” [1]\n"
        "The port authority said talks with the union would resume. [2]\n"
        "The strike will cost the economy millions. [1][2]"
    )
    seen: list[list[dict[str, str]]] = []

    def chat(messages: list[dict[str, str]]) -> str:
        seen.append(messages)
        return reply

    written = rewrite_main(briefing(), ARTICLES, chat)
    assert len(seen) == 1
    assert [s.text for s in written.main] == [
        "Dock workers at the port of Valmara walked off the job on 2026-03-04, halting 40 "
        "ships, and union leader Ines Carvalho said: “We will stay out until we get a fair "
        "deal.”",
        "The port authority said talks with the union would resume.",
    ]
    assert [[c.article_id for c in s.citations] for s in written.main] == [["a1"], ["a2"]]
    assert written.summary == briefing().summary


def test_rewrite_falls_back_to_the_extractive_briefing() -> None:
    original = briefing()
    assert rewrite_main(original, ARTICLES, lambda _m: "Nothing here is supported. [9]") == original

    def broken(_messages: list[dict[str, str]]) -> str:
        raise httpx.ConnectError("refused")

    assert rewrite_main(original, ARTICLES, broken) == original


def test_openai_compatible_call() -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        body = {"choices": [{"message": {"role": "assistant", "content": "Written. [1]"}}]}
        return httpx.Response(200, json=body)

    settings = replace(DEFAULT, llm_base_url="http://llm.test/v1/", llm_model="tiny-news")
    chat = openai_chat(settings, transport=httpx.MockTransport(handler))
    messages = [{"role": "user", "content": "hello"}]
    assert chat(messages) == "Written. [1]"
    sent = requests[0]
    assert str(sent.url) == "http://llm.test/v1/chat/completions"
    assert json.loads(sent.content) == {
        "model": "tiny-news",
        "messages": messages,
        "temperature": 0,
    }


def test_briefing_trust_scores() -> None:
    from storyline.eval.briefing import share_quotes_verbatim, share_supported

    good = briefing()
    assert share_supported([good], ARTICLES) == 1.0
    tampered = replace(
        good, main=[*good.main, BriefSentence("Valmara's mayor resigned over the strike.", [])]
    )
    assert share_supported([tampered], ARTICLES) == 0.75
    assert share_quotes_verbatim([good], ARTICLES) == 0.0  # no key quotes: nothing to score

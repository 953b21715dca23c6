"""Every threshold storyline uses, named, with its default and the reason for it.

Defaults were chosen on development data (ECB+ dev topics for clustering) or by reasoning
stated next to them, never on the seed articles that the acceptance test reads.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class Settings:
    # --- ingest -------------------------------------------------------------------------
    # A news article is rarely over 100 kB of text; 5 MB leaves room for heavy HTML pages
    # while keeping one hostile file from filling memory.
    max_file_bytes: int = 5_000_000
    # A .gz is decompressed to at most this many bytes (zip-bomb guard).
    max_gunzip_bytes: int = 50_000_000
    # A corpus file (.jsonl, .warc, or their .gz) is streamed: each row or record is held
    # under max_file_bytes, and the whole is read up to these bounds (decompressed bytes,
    # items). 8 GB is more than a Common Crawl WARC file (about 5 GB unpacked); past either
    # bound the rest of the file is rejected in one line, and what came before is kept.
    max_corpus_bytes: int = 8_000_000_000
    max_corpus_items: int = 2_000_000
    # JSON nested deeper than this is not an article (real ones nest 2-5 levels).
    max_json_depth: int = 64
    # Past this many rejected rows or records in one file, the rest are counted in one
    # closing line instead of one line each (a file of a million bad rows is one mistake).
    max_rejections_per_file: int = 1000
    # Cleaned text shorter than this is not an article (an empty page, a lone caption).
    min_text_chars: int = 80

    # --- dedupe -------------------------------------------------------------------------
    # Word 5-grams: long enough that two different reports rarely share many of them,
    # short enough that a trimmed or re-headlined copy still shares most.
    shingle_words: int = 5
    minhash_perm: int = 128
    # Estimated Jaccard similarity of shingle sets above which one text is a copy of the
    # other. Wire copies with a new headline and trimmed ending measure 0.6-0.9; two
    # reports of the same event by different reporters stay below 0.2.
    duplicate_jaccard: float = 0.5
    # A text of which nearly all (this share, estimated from the two signatures) stands in
    # a longer one is a copy too, however much longer the other is: a wire story's first
    # paragraphs sent out alone (Xinhua, March 1999: six paragraphs of twelve, Jaccard 0.47).
    # Below ``copy_floor_jaccard`` the estimate is too rough to say it.
    duplicate_containment: float = 0.9
    copy_floor_jaccard: float = 0.3

    # --- dating ---------------------------------------------------------------------------
    # An article that reports "Salazar said Thursday" appears that day or the next: daily
    # news is rarely later, and a longer window would leave the other weekdays it names
    # ambiguous ("last Friday" seen from a Saturday is a different day than from Thursday).
    weekday_report_lag: int = 1

    # --- clustering ---------------------------------------------------------------------
    # The four decisions of the online clusterer are thresholds on the probabilities of the
    # learned similarity (cluster/similarity.py): an article joins its most likely event at
    # event_join; two events are merged at event_merge; a new event joins the storyline of
    # its most likely candidate event at storyline_join, and an event still alone in its
    # storyline joins one at storyline_rejoin as it grows. None takes the shipped model's
    # own threshold, chosen with its weights by topic-grouped cross-validation on the ECB+
    # development topics (scripts/train_cluster_model.py; the figures are in the README).
    event_join: float | None = None
    event_merge: float | None = None
    storyline_join: float | None = None
    storyline_rejoin: float | None = None
    # Articles whose dates are known and further apart than this are not one event.
    event_max_days: int = 7
    # Nor are reports further than this from the event's first one: a happening is reported
    # over days, and later reports of it are a new event of its storyline. Without it an
    # event creeps a week at a time: on PolNeAR's 840 train texts (a year of US campaign
    # news) one event gathered 435 reports from November to September. Undated reports are
    # never ruled out by it. ECB+ dev is the same at 10 days or more (event F1 0.869,
    # five folds replayed 0.867, 0.870 in the eval); 14 is two weeks of follow-ups.
    event_max_span_days: int = 14
    # A new event joins the storyline of its closest event (single link), which lets a
    # storyline chain: on PolNeAR's campaign news one storyline gathered 628 of 840 reports,
    # each event close to one of hundreds before it. So it must also be close to the
    # storyline as a whole: its words' cosine averaged over the storyline's latest
    # ``storyline_mean_events`` events at least ``storyline_mean_words``. On ECB+ dev the
    # storylines are the same from 0 to 0.12 (topic F1 0.892 in one store, 0.918 out of
    # fold) and lose from 0.15 (0.913 out of fold); 0.10 keeps a margin below that. The
    # latest events bound the work of a new event however long its storyline has run.
    storyline_mean_words: float = 0.10
    storyline_mean_events: int = 20
    # Candidates come from an inverted index: the events that share the
    # article's most informative terms (the highest TF-IDF weights, which are rare terms with
    # short posting lists), ranked by their share of those weights; only the best are
    # compared in full. This keeps the cost of one article flat as the store grows. On ECB+
    # dev the clusters are the same as comparing with every event.
    candidate_terms: int = 30
    candidate_events: int = 50
    # At most this many postings are visited to find candidates (shortest posting lists
    # first; at least one list is always read). On ECB+ dev (772 articles) the clusters are
    # the same from 1,000 up. At 1M stored articles it bounds the lookup: with 5,000 every
    # article about a stored event still finds it in benchmarks/cluster_scale.py, and the
    # walk costs about half of what 20,000 did (16.5 against 26.5 ms per article in one
    # run). It is not lower because an article whose informative terms are all common
    # (one much-reported name) needs more than its single rarest list.
    candidate_postings: int = 5_000
    # The IDF weights are a snapshot, taken again once the store has grown by this share of
    # its size since the last one (every article while it holds under 200). In between, the
    # weights and the norms of events stay valid, so an article is compared
    # with an event in a pass over its own terms, not the event's (which grow with the
    # event). A 0.5% growth moves a term's IDF by under 0.005 (log 1.005). On ECB+ dev the
    # clusters are the same as with exact IDF at 0.005 and 0.002; at 0.01 a storyline
    # decision flips (topic F1 0.864 -> 0.848), so the default keeps a margin below that.
    idf_refresh: float = 0.005
    # An event is cut back to at most this many terms once it has grown a quarter past it:
    # those its reports use most, as the Frequent algorithm counts (``online._trim``).
    # Comparing with an event, weighing it after a new IDF snapshot and storing it each
    # cost a pass over its terms, which otherwise grow with every report it gathers. No
    # event of ECB+ dev (2,124 terms at most) nor of PolNeAR's 924 train and dev texts
    # (3,478) reaches the trim, so both cluster as before; at 2,500 PolNeAR's events are
    # trimmed and its events and storylines change.
    event_terms: int = 4_000

    # --- compare ------------------------------------------------------------------------
    # Share of a sentence's content lemmas that another source's sentence must contain for
    # it to count as support. Half is the point where paraphrases of one fact are found but
    # sentences that merely share names are not.
    support_overlap: float = 0.5
    # A claim no source supports is flagged only when the closest sentence of another
    # source shares at least this share of its words (half the support bar): other sources
    # discuss the point but do not state it. Chosen a priori, not fitted to the seeds.
    related_overlap: float = 0.25
    # rapidfuzz partial ratio (best-aligned substring, 0-100) of two quote clauses at which
    # they are one utterance in other words. Two translations of one sentence measure
    # 85-95; different statements that open with the same formula ("The reality is that")
    # reach about 70.
    same_utterance_ratio: float = 80.0
    # Of the other sources whose closest sentence comes near a claim, the closest this many
    # (most words shared, then source id) have their stance classified. Classifying is most
    # of a briefing's work, and without a bound a new report of a fact hundreds of sources
    # state costs hundreds of pairs for each of its sentences, and again for each of theirs.
    # Four times ``max_citations``: a briefing cites six and counts the rest, so a claim
    # with more supporters shows "and N more" with N counted among these (a lower bound);
    # a storyline with fewer sources near a claim (the seeds, the examples) is unchanged.
    support_sources: int = 24

    # --- fetching (watch, ingest URL) ----------------------------------------------------
    # Private, loopback and link-local addresses are refused unless they lie in one of these
    # networks (CIDR): a feed item must not make storyline read an intranet page or a cloud
    # metadata service. Empty by default; ("127.0.0.0/8",) lets a local server through.
    fetch_allow_networks: tuple[str, ...] = ()
    # Connect and read timeouts, and a bound on the whole response, in seconds.
    fetch_timeout: float = 10.0
    fetch_deadline: float = 30.0
    # A page is cut off (and refused) above the article size bound; a feed may be larger.
    max_feed_bytes: int = 10_000_000
    fetch_max_redirects: int = 5
    # Transient failures (timeouts, connection errors, 429 and 5xx) are tried again this
    # many times, waiting backoff * 2**attempt seconds (or the server's Retry-After, capped).
    fetch_retries: int = 3
    fetch_backoff: float = 1.0
    fetch_max_wait: float = 60.0
    # At most one request per host in this many seconds (crawler etiquette).
    host_interval: float = 1.0
    user_agent: str = "storyline/0.1 (news-intelligence engine; respects robots.txt)"
    # How often a feed is polled when the command line does not say; a failed feed item is
    # tried again on later polls up to this many times, then left as failed.
    feed_interval: float = 900.0
    item_attempts: int = 3

    # --- briefing -----------------------------------------------------------------------
    # What a briefing reads of its storyline (brief/scope.py): the latest this many events
    # and this many reports in all. A briefing shows a bounded amount, and composing it
    # compares every sentence it reads with the others', so the work to keep a storyline of
    # 100,000 reports current must be bounded as well. Every storyline of the evaluation
    # corpora (at most 27 events and 48 reports) and of the examples is told whole.
    briefed_events: int = 30
    briefed_reports: int = 150
    main_sentences: int = 5
    development_sentences: int = 2
    reaction_sentences: int = 4
    key_quotes: int = 6
    # A sentence cites at most this many sources (its own article, then independent
    # supporters before syndicated copies) and counts the rest: a reader checks a few, and
    # a sentence that a hundred reports of a big storyline repeat would otherwise carry a
    # hundred citations, making the briefing megabytes that every page view reads
    # (benchmarks/serve_latency.py).
    max_citations: int = 6
    # The briefing lists at most this many single-source claims, the most discussed
    # elsewhere first, and counts the rest, for the same reason.
    max_listed_claims: int = 100
    # The optional LLM writer (storyline/brief/llm.py): off while the base URL is empty.
    # Any OpenAI-compatible chat API: https://api.openai.com/v1, or a local server.
    llm_base_url: str = ""
    llm_model: str = ""
    llm_timeout: float = 60.0
    # Share of a written sentence's content words that must occur in the articles it cites.
    # Stricter than support_overlap (0.5), which compares two sources' own sentences: a
    # model rewording given sentences has no reason to bring in new words.
    llm_support_overlap: float = 0.9


DEFAULT = Settings()


def from_environment(base: Settings = DEFAULT) -> Settings:
    """Settings with the LLM writer configured from ``STORYLINE_LLM_BASE_URL`` and
    ``STORYLINE_LLM_MODEL`` when they are set (the API key stays in the environment), and
    how much of a storyline a briefing reads from ``STORYLINE_BRIEFED_EVENTS`` and
    ``STORYLINE_BRIEFED_REPORTS`` (a desk that wants more of a long storyline pays for it
    with a longer build per batch)."""
    return replace(
        base,
        llm_base_url=os.environ.get("STORYLINE_LLM_BASE_URL", base.llm_base_url),
        llm_model=os.environ.get("STORYLINE_LLM_MODEL", base.llm_model),
        briefed_events=_count_from_environment("STORYLINE_BRIEFED_EVENTS", base.briefed_events),
        briefed_reports=_count_from_environment("STORYLINE_BRIEFED_REPORTS", base.briefed_reports),
    )


def _count_from_environment(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        count = int(value)
    except ValueError:
        count = 0
    if count < 1:
        raise ValueError(f"{name} must be a whole number of at least 1, not {value!r}")
    return count

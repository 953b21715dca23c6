"""Text from a tokenised corpus (ECB+, MEANTIME): one sentence's tokens joined as text is
written, a space between two tokens except before closing punctuation and after opening
punctuation."""

from __future__ import annotations

NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", "'s", "n't", ")", "'", "''", "%"}
# A token ending in one of these, or in ``, is written against the next.
NO_SPACE_AFTER = "($"


def join_tokens(tokens: list[str]) -> tuple[str, list[int]]:
    """The sentence the tokens make and where each token starts in it."""
    text = ""
    starts: list[int] = []
    for token in tokens:
        if (
            text
            and token not in NO_SPACE_BEFORE
            and text[-1] not in NO_SPACE_AFTER
            and not text.endswith("``")
        ):
            text += " "
        starts.append(len(text))
        text += token
    return text, starts

import pytest

from distillguard.normalize.messages import assistant_text, content_text, flatten_messages


def test_string_content_last_user_turn_and_system_joined():
    messages = [
        {"role": "system", "content": "Rule one."},
        {"role": "developer", "content": "Rule two."},
        {"role": "user", "content": "first question"},
        {"role": "assistant", "content": "first answer"},
        {"role": "user", "content": "second question"},
    ]
    assert flatten_messages(messages) == ("second question", "Rule one.\n\nRule two.", 2)


def test_openai_content_parts_keep_text_and_skip_images():
    messages = [{"role": "user", "content": [
        {"type": "text", "text": "Describe"},
        {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}},
        {"type": "input_text", "text": "briefly"},
    ]}]
    assert flatten_messages(messages) == ("Describe\nbriefly", None, 1)


def test_otel_parts_format():
    messages = [{"role": "system", "parts": [{"type": "text", "content": "Be kind."}]},
                {"role": "user", "parts": [{"type": "text", "content": "hi"}]}]
    assert flatten_messages(messages) == ("hi", "Be kind.", 1)


def test_no_user_turn_and_empty_list():
    assert flatten_messages([{"role": "system", "content": "only system"}]) == (None, "only system", 0)
    assert flatten_messages([]) == (None, None, 0)


@pytest.mark.parametrize("bad", [None, "a string", {"role": "user"}, [1, 2], ["text"]])
def test_bad_messages_raise_value_error(bad):
    with pytest.raises(ValueError):
        flatten_messages(bad)


def test_content_text_shapes():
    assert content_text(None) is None
    assert content_text("x") == "x"
    assert content_text([{"type": "image_url"}]) is None
    assert content_text({"type": "text", "text": "single part"}) == "single part"
    assert content_text(42) is None


def test_assistant_text_reasoning_variants():
    assert assistant_text({"role": "assistant", "content": "A", "reasoning_content": "R"}) == ("A", "R")
    assert assistant_text({"role": "assistant", "parts": [{"type": "reasoning", "content": "think"},
                                                          {"type": "text", "content": "ans"}]}) == ("ans", "think")
    assert assistant_text("plain") == ("plain", None)
    assert assistant_text(None) == (None, None)

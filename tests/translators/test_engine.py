"""The CTranslate2 engine on the built package: batching, one output per input, threads."""

from concurrent.futures import ThreadPoolExecutor

import pytest

from translators.engine import Engine, EngineSettings
from translators.models import find_model

SENTENCES = [
    "Musk a choisi une manière étonnante de marquer le coup.",
    "Elle va plus loin.",
    "Ses expérimentations avec l’IA soulèvent autant de fascination que d’inconfort.",
    "Musk n’a pas tardé à répondre.",
    "Elle va plus loin.",
]


@pytest.fixture(scope="module")
def engine(packages_dir):
    return Engine(find_model(packages_dir), EngineSettings(cache_size=0))


class CountingTranslator:
    """Wraps the real CTranslate2 translator to count its calls."""

    def __init__(self, inner):
        self.inner, self.calls = inner, []

    def translate_batch(self, tokens, **kwargs):
        self.calls.append(len(tokens))
        return self.inner.translate_batch(tokens, **kwargs)


def test_one_output_per_input_in_one_batched_call(engine):
    spy = CountingTranslator(engine._translator)
    engine._translator = spy
    try:
        out = engine.translate(SENTENCES)
    finally:
        engine._translator = spy.inner
    assert len(out) == len(SENTENCES)
    assert all(isinstance(o, str) and o for o in out)
    assert out[1] == out[4]  # the same sentence translates the same way
    assert spy.calls == [len(set(SENTENCES))]  # one call for all, each distinct sentence once


def test_empty_input(engine):
    assert engine.translate([]) == []


def test_concurrent_calls_agree_with_serial(engine):
    serial = [engine.translate([s])[0] for s in SENTENCES]
    with ThreadPoolExecutor(8) as pool:
        parallel = list(pool.map(lambda s: engine.translate([s])[0], SENTENCES * 4))
    assert parallel == serial * 4


def test_cache_answers_repeated_sentences_without_the_model(packages_dir):
    cached = Engine(find_model(packages_dir), EngineSettings(cache_size=100))
    first = cached.translate(SENTENCES)
    spy = CountingTranslator(cached._translator)
    cached._translator = spy
    assert cached.translate(SENTENCES) == first
    assert spy.calls == []


def test_fixed_decoding_length_fixes_output_tokens(packages_dir):
    fixed = Engine(find_model(packages_dir), EngineSettings(cache_size=0, fixed_decoding_length=7))
    results = fixed._translator.translate_batch(
        [fixed._sp.encode(s, out_type=str) for s in SENTENCES], **fixed._decode_options()
    )
    assert {len(r.hypotheses[0]) for r in results} == {7}


def test_outputs_come_back_in_input_order(engine):
    # the engine sorts by length for batching; each output must still match its own input
    batch = engine.translate(SENTENCES[:4])
    assert batch == [engine.translate([s])[0] for s in SENTENCES[:4]]

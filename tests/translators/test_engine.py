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


def test_concurrent_callers_share_model_calls_and_get_their_own_answers(packages_dir):
    """Sentences from threads that call at once go to CTranslate2 together, byte-identical."""
    import threading

    from service.pipeline import analyse
    from tests.conftest import SEEDS

    articles = [p.read_text(encoding="utf-8") for p in sorted((SEEDS / "pages" / "dev").glob("*.txt"))][:12]
    per_article = [[s.text for s in analyse(a).sentences] for a in articles]
    lone = Engine(find_model(packages_dir), EngineSettings(cache_size=0, batch_wait_ms=0))
    alone = [lone.translate(sentences) for sentences in per_article]

    shared = Engine(find_model(packages_dir), EngineSettings(cache_size=0, batch_wait_ms=50))
    spy = CountingTranslator(shared._translator)
    shared._translator = spy
    start = threading.Barrier(len(per_article))

    def work(sentences):
        start.wait()
        return shared.translate(sentences)

    with ThreadPoolExecutor(len(per_article)) as pool:
        together = list(pool.map(work, per_article))
    assert together == alone
    assert len(shared.coalescer.calls) < len(per_article)  # calls were shared
    assert sum(shared.coalescer.calls) == sum(len(set(s)) for s in per_article)  # repeats once


def test_a_failing_shared_call_fails_every_caller_and_the_next_call_works(packages_dir):
    engine = Engine(find_model(packages_dir), EngineSettings(cache_size=0, batch_wait_ms=20))
    real = engine._translator

    class Broken:
        def translate_batch(self, tokens, **kwargs):
            raise RuntimeError("out of memory")

    engine._translator = Broken()
    with ThreadPoolExecutor(3) as pool:
        futures = [pool.submit(engine.translate, [s]) for s in SENTENCES[:3]]
        errors = [f.exception() for f in futures]
    assert all(isinstance(e, RuntimeError) for e in errors)
    engine._translator = real
    assert len(engine.translate(SENTENCES)) == len(SENTENCES)

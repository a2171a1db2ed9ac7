package io.articlededup.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One stream built from {@link Fixtures} documents, shared by the builder and transformation tests. */
final class TestStream {

    static final StreamSpec SPEC = StreamSpec.defaults().withOriginals(200).withDuplicateShare(0.5);
    static final List<SourceDoc> DOCS = docs();
    static final List<LabelledEvent> EVENTS = new LabelledStreamBuilder(SPEC).build(DOCS);
    static final Map<String, LabelledEvent> BY_ID = new HashMap<>();

    static {
        EVENTS.forEach(e -> BY_ID.put(e.id(), e));
    }

    private TestStream() {
    }

    /** 400 made-up documents plus a natural exact copy and a natural near copy of document 0. */
    private static List<SourceDoc> docs() {
        List<SourceDoc> docs = new ArrayList<>(Fixtures.docs(400, 7));
        SourceDoc d0 = docs.get(0);
        docs.add(new SourceDoc("test", "test/alpha/900", d0.title(), d0.paragraphs()));
        List<String> near = new ArrayList<>(d0.paragraphs());
        near.set(near.size() - 1, "an updated last paragraph with some new words in it.");
        docs.add(new SourceDoc("test", "test/alpha/901", d0.title() + " (updated)", near));
        return List.copyOf(docs);
    }
}

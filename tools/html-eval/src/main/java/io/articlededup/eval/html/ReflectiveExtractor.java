package io.articlededup.eval.html;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;

/**
 * The project's own extractor, found by reflection so this harness builds without it: a class
 * {@code io.articlededup.text.page.PageExtractorEntry} with
 * {@code static String extractText(String html, String url)}, supplied on the classpath or
 * through the optional extra source root of the build.
 */
public final class ReflectiveExtractor implements PageExtractor {

    static final String ENTRY_CLASS = "io.articlededup.text.page.PageExtractorEntry";
    static final String ENTRY_METHOD = "extractText";

    private final MethodHandle entry;

    private ReflectiveExtractor(MethodHandle entry) {
        this.entry = entry;
    }

    /** Empty when the entry class or method is not on the classpath. */
    public static Optional<PageExtractor> find() {
        try {
            Class<?> type = Class.forName(ENTRY_CLASS);
            MethodHandle handle = MethodHandles.publicLookup().findStatic(
                    type, ENTRY_METHOD, MethodType.methodType(String.class, String.class, String.class));
            return Optional.of(new ReflectiveExtractor(handle));
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            return Optional.empty();
        }
    }

    @Override
    public String name() {
        return "article-dedup";
    }

    @Override
    public String extract(String html, String url) throws Exception {
        try {
            return (String) entry.invokeExact(html, url);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new RuntimeException(t);
        }
    }
}

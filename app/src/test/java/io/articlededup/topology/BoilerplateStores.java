package io.articlededup.topology;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.Punctuator;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The boilerplate stage's stores, in memory, with the real serdes, counting what is read from them
 * (point gets, and entries taken from iterators), so a test can tell a sweep that reads what expires from
 * one that scans. The same instance can be handed to several processors in turn: a restart or task
 * migration, as far as the processor can tell (it gets restored stores and nothing else).
 */
final class BoilerplateStores {
    final KeyValueStore<Bytes, ParagraphSightings> sightings;
    final KeyValueStore<Bytes, byte[]> byTime;
    final KeyValueStore<Bytes, BoilerplateExcerpt> excerpts;
    int gets;
    int iterated;

    BoilerplateStores() {
        MockProcessorContext<Object, Object> mock = new MockProcessorContext<>();
        KeyValueStore<Bytes, ParagraphSightings> s = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(DedupTopology.BOILERPLATE_STORE), Serdes.Bytes(),
                new ParagraphSightingsSerde()).withLoggingDisabled().build();
        KeyValueStore<Bytes, byte[]> t = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(DedupTopology.BOILERPLATE_TIME_INDEX), Serdes.Bytes(),
                Serdes.ByteArray()).withLoggingDisabled().build();
        KeyValueStore<Bytes, BoilerplateExcerpt> e = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(DedupTopology.BOILERPLATE_EXCERPTS), Serdes.Bytes(),
                new SmileSerde<>(BoilerplateExcerpt.class)).withLoggingDisabled().build();
        s.init(mock.getStateStoreContext(), s);
        t.init(mock.getStateStoreContext(), t);
        e.init(mock.getStateStoreContext(), e);
        excerpts = e;
        sightings = counting(s);
        byTime = counting(t);
    }

    ParagraphSightingsStore store() {
        return new ParagraphSightingsStore(sightings, byTime);
    }

    void resetCounts() {
        gets = 0;
        iterated = 0;
    }

    static <K, V> List<K> keys(KeyValueStore<K, V> store) {
        List<K> keys = new ArrayList<>();
        try (KeyValueIterator<K, V> it = store.all()) {
            it.forEachRemaining(e -> keys.add(e.key));
        }
        return keys;
    }

    /** A processor context with these stores that captures forwards and the wall-clock punctuator. */
    <V> Context<V> context() {
        return new Context<>(this);
    }

    static final class Context<V> {
        final List<FixedKeyRecord<String, V>> forwarded = new ArrayList<>();
        Punctuator punctuator;
        /** What the task's stream time would be: -1 (unknown) until a record or a test sets it. */
        long streamTime = -1;
        final FixedKeyProcessorContext<String, V> context;

        @SuppressWarnings("unchecked")
        Context(BoilerplateStores stores) {
            Map<String, Object> byName = Map.of(DedupTopology.BOILERPLATE_STORE, stores.sightings,
                    DedupTopology.BOILERPLATE_TIME_INDEX, stores.byTime, DedupTopology.BOILERPLATE_EXCERPTS, stores.excerpts);
            context = (FixedKeyProcessorContext<String, V>) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {FixedKeyProcessorContext.class}, (proxy, m, args) -> switch (m.getName()) {
                        case "getStateStore" -> byName.get((String) args[0]);
                        case "schedule" -> {
                            punctuator = (Punctuator) args[args.length - 1];
                            yield null;
                        }
                        case "forward" -> forwarded.add((FixedKeyRecord<String, V>) args[0]);
                        case "currentStreamTimeMs" -> streamTime;
                        default -> throw new UnsupportedOperationException(m.getName());
                    });
        }
    }

    @SuppressWarnings("unchecked")
    private <K, V> KeyValueStore<K, V> counting(KeyValueStore<K, V> store) {
        return (KeyValueStore<K, V>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {KeyValueStore.class}, (proxy, m, args) -> {
                    if (m.getName().equals("get")) {
                        gets++;
                    }
                    Object result = call(store, m, args);
                    return result instanceof KeyValueIterator<?, ?> it ? countingIterator(it) : result;
                });
    }

    private Object countingIterator(KeyValueIterator<?, ?> it) {
        InvocationHandler h = (proxy, m, args) -> {
            if (m.getName().equals("next")) {
                iterated++;
            }
            return call(it, m, args);
        };
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {KeyValueIterator.class}, h);
    }

    private static Object call(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

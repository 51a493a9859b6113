package io.flowmason.executor.internal.run;

import io.flowmason.api.component.AsyncOperatorComponent;
import io.flowmason.api.component.NodeComponent;
import io.flowmason.api.component.OperatorComponent;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * The {@code Input} and {@code Output} record classes of a component class, read once from its
 * generic interfaces and kept per class.
 */
final class RecordTypes {

    record Pair(Class<?> input, Class<?> output) {
    }

    private static final ClassValue<Pair> PAIRS = new ClassValue<>() {
        @Override
        protected Pair computeValue(Class<?> type) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Type candidate : c.getGenericInterfaces()) {
                    if (candidate instanceof ParameterizedType p && (p.getRawType() == NodeComponent.class
                            || p.getRawType() == OperatorComponent.class || p.getRawType() == AsyncOperatorComponent.class)) {
                        Type[] arguments = p.getActualTypeArguments();
                        if (arguments[0] instanceof Class<?> in && arguments[1] instanceof Class<?> out) {
                            return new Pair(in, out);
                        }
                    }
                }
            }
            throw new IllegalStateException(type.getName() + " does not implement NodeComponent, OperatorComponent or AsyncOperatorComponent with"
                    + " concrete record types; rebuild its package with the FlowMason processor");
        }
    };

    private RecordTypes() {
    }

    static Pair of(Class<?> componentClass) {
        return PAIRS.get(componentClass);
    }
}

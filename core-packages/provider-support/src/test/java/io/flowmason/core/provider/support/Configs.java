package io.flowmason.core.provider.support;

import java.lang.reflect.Proxy;
import java.util.Map;

/** A typed configuration as DS would build it: the annotation's defaults, some values replaced. */
public final class Configs {

    private Configs() {
    }

    public static <A> A of(Class<A> type, Map<String, Object> values) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().equals("annotationType")) {
                return type;
            }
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("toString") ? type.getSimpleName() + values : method.invoke(values, args);
            }
            return values.getOrDefault(method.getName(), method.getDefaultValue());
        }));
    }
}

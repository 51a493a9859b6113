package io.flowmason.gateway.internal.store;

import java.util.Locale;

/** How a package reached the instance. */
public enum PackageSource {
    DEPLOY_FOLDER, UPLOAD, CORE;

    /** As stored and shown: {@code deploy_folder}, {@code upload}, {@code core}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PackageSource of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}

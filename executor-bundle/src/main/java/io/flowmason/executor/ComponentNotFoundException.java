package io.flowmason.executor;

import java.util.List;

/** No active version of a component type matches a spec; says which versions are installed. */
public class ComponentNotFoundException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final List<String> installedVersions;

    public ComponentNotFoundException(String type, VersionSpec spec, List<String> installedVersions) {
        super(installedVersions.isEmpty()
                ? "no component of type '" + type + "' is deployed"
                : "no active version of '" + type + "' matches " + spec + "; installed: " + String.join(", ", installedVersions));
        this.type = type;
        this.installedVersions = List.copyOf(installedVersions);
    }

    public String type() {
        return type;
    }

    /** Every installed version of the type, ascending, active or not. */
    public List<String> installedVersions() {
        return installedVersions;
    }
}

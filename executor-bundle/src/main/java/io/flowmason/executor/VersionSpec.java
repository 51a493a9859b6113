package io.flowmason.executor;

import java.util.Objects;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

/**
 * Which versions of a component a stage accepts: none written (any), {@code 1.2.0} (compatible:
 * {@code [1.2.0,2.0.0)}), {@code =1.2.0} (exactly), or an OSGi range such as {@code [1.2,1.3)}.
 */
public final class VersionSpec {

    private static final VersionSpec ANY = new VersionSpec("", new VersionRange(VersionRange.LEFT_CLOSED,
            Version.emptyVersion, null, VersionRange.RIGHT_OPEN));

    private final String text;
    private final VersionRange range;

    private VersionSpec(String text, VersionRange range) {
        this.text = text;
        this.range = range;
    }

    public static VersionSpec any() {
        return ANY;
    }

    /**
     * Parses a spec; null or blank means any version.
     *
     * @throws IllegalArgumentException naming the accepted forms when the text is none of them
     */
    public static VersionSpec parse(String text) {
        if (text == null || text.isBlank()) {
            return ANY;
        }
        VersionSpec parsed = parseNonBlank(text.trim());
        if (parsed.range.isEmpty()) {
            throw new IllegalArgumentException("'" + parsed.text + "' accepts no version at all; put the lower bound first,"
                    + " such as [1.0,2.0)");
        }
        return parsed;
    }

    private static VersionSpec parseNonBlank(String spec) {
        try {
            if (spec.startsWith("=")) {
                Version exact = Version.parseVersion(spec.substring(1).trim());
                return new VersionSpec(spec, new VersionRange(VersionRange.LEFT_CLOSED, exact, exact, VersionRange.RIGHT_CLOSED));
            }
            if (spec.startsWith("[") || spec.startsWith("(")) {
                return new VersionSpec(spec, VersionRange.valueOf(spec));
            }
            Version floor = Version.parseVersion(spec);
            Version nextMajor = new Version(floor.getMajor() + 1, 0, 0);
            return new VersionSpec(spec, new VersionRange(VersionRange.LEFT_CLOSED, floor, nextMajor, VersionRange.RIGHT_OPEN));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + spec + "' is not a version spec; write 1.2.0 (meaning [1.2.0,2.0.0)),"
                    + " =1.2.0 (exactly), or an OSGi range such as [1.2,1.3)", e);
        }
    }

    public boolean includes(Version version) {
        return range.includes(version);
    }

    public VersionRange range() {
        return range;
    }

    public boolean isAny() {
        return this == ANY;
    }

    @Override
    public String toString() {
        return text.isEmpty() ? "any version" : text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VersionSpec that && range.equals(that.range);
    }

    @Override
    public int hashCode() {
        return Objects.hash(range);
    }
}

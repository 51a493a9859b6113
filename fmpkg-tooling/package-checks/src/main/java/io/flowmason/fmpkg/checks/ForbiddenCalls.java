package io.flowmason.fmpkg.checks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Finds the calls that would end the instance ({@code System.exit}, {@code Runtime.exit},
 * {@code Runtime.halt}) in a package's class files, by reading the class file format directly: the
 * constant pool first, which says cheaply whether a class can contain such a call at all, and only
 * then the bytecode of its methods, to name each calling method. The instance's weaving hook uses
 * {@link #mayCall} to leave every other class untouched; upload checks and {@code fm validate}
 * report what {@link #in(JarFile)} finds as warnings.
 */
public final class ForbiddenCalls {

    /** One call to a forbidden method, as a package's bytecode has it. */
    public record Call(String className, String method, Target target) {

        /** {@code com.acme.Quitter.execute calls System.exit}. */
        public String describe() {
            return className + "." + method + " calls " + target.shown();
        }

        /** The warning an upload answers and {@code fm validate} prints. */
        public Problem warning() {
            return new Problem(describe() + ": the instance turns the call into a failed stage (forbidden_call) instead of ending",
                    "remove the call; to fail the stage, throw a ComponentException");
        }
    }

    /** The methods a package may not call: owner, name and descriptor as bytecode names them. */
    public enum Target {
        SYSTEM_EXIT("java/lang/System", "exit", "System.exit"),
        RUNTIME_EXIT("java/lang/Runtime", "exit", "Runtime.exit"),
        RUNTIME_HALT("java/lang/Runtime", "halt", "Runtime.halt");

        public static final String DESCRIPTOR = "(I)V";

        private final String owner;
        private final String name;
        private final String shown;

        Target(String owner, String name, String shown) {
            this.owner = owner;
            this.name = name;
            this.shown = shown;
        }

        public String owner() {
            return owner;
        }

        public String methodName() {
            return name;
        }

        public String shown() {
            return shown;
        }

        /** The target that owner, name and descriptor denote, or null. */
        public static Target of(String owner, String name, String descriptor) {
            if (!DESCRIPTOR.equals(descriptor)) {
                return null;
            }
            for (Target target : values()) {
                if (target.owner.equals(owner) && target.name.equals(name)) {
                    return target;
                }
            }
            return null;
        }
    }

    private ForbiddenCalls() {
    }

    /**
     * Whether the class's constant pool refers to a forbidden method: false for nearly every class,
     * after one pass over the pool and without building anything. A malformed class answers true,
     * so that whoever reads it properly decides.
     */
    public static boolean mayCall(byte[] classFile) {
        try {
            return mayCallAny(ConstantPool.read(ByteBuffer.wrap(classFile)));
        } catch (RuntimeException malformed) {
            return true;
        }
    }

    /** Every forbidden call in one class file, in the order of its methods. */
    public static List<Call> in(byte[] classFile) {
        ByteBuffer in = ByteBuffer.wrap(classFile);
        ConstantPool pool = ConstantPool.read(in);
        if (!mayCallAny(pool)) {
            return List.of();
        }
        in.getShort(); // access flags
        String className = pool.className(in.getShort() & 0xffff).replace('/', '.');
        in.getShort(); // super class
        skip(in, (in.getShort() & 0xffff) * 2); // interfaces
        int fields = in.getShort() & 0xffff;
        for (int i = 0; i < fields; i++) {
            skip(in, 6);
            skipAttributes(in);
        }
        List<Call> calls = new ArrayList<>();
        int methods = in.getShort() & 0xffff;
        for (int i = 0; i < methods; i++) {
            in.getShort(); // access flags
            String method = pool.utf8(in.getShort() & 0xffff);
            in.getShort(); // descriptor
            int attributes = in.getShort() & 0xffff;
            for (int a = 0; a < attributes; a++) {
                String name = pool.utf8(in.getShort() & 0xffff);
                int length = in.getInt();
                int end = in.position() + length;
                if ("Code".equals(name)) {
                    skip(in, 4); // max stack, max locals
                    int codeLength = in.getInt();
                    for (Target target : Bytecode.invokedTargets(in, in.position(), codeLength, pool)) {
                        calls.add(new Call(className, method, target));
                    }
                }
                in.position(end);
            }
        }
        return calls;
    }

    /** Every forbidden call in the class files of a jar, by class name (embedded jars are not opened). */
    public static List<Call> in(JarFile jar) throws IOException {
        List<Call> calls = new ArrayList<>();
        List<JarEntry> classes = jar.stream()
                .filter(e -> !e.isDirectory() && e.getName().endsWith(".class") && !e.getName().endsWith("module-info.class"))
                .sorted(Comparator.comparing(JarEntry::getName)).toList();
        for (JarEntry entry : classes) {
            try (InputStream stream = jar.getInputStream(entry)) {
                byte[] bytes = stream.readAllBytes();
                try {
                    calls.addAll(in(bytes));
                } catch (RuntimeException malformed) {
                    // not a class file the JVM would load either; the framework reports it when loading
                }
            }
        }
        return calls;
    }

    private static boolean mayCallAny(ConstantPool pool) {
        for (int i = 1; i < pool.count(); i++) {
            if (pool.target(i) != null) {
                return true;
            }
        }
        return false;
    }

    static void skip(ByteBuffer in, int bytes) {
        in.position(in.position() + bytes);
    }

    private static void skipAttributes(ByteBuffer in) {
        int attributes = in.getShort() & 0xffff;
        for (int a = 0; a < attributes; a++) {
            in.getShort();
            skip(in, in.getInt());
        }
    }
}

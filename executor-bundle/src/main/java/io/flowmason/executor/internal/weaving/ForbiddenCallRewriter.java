package io.flowmason.executor.internal.weaving;

import io.flowmason.api.component.ForbiddenCallError;
import io.flowmason.fmpkg.checks.ForbiddenCalls.Target;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The bytecode rewrite: each forbidden call becomes a call of the matching static method of
 * ForbiddenCallError, which takes the same operands (the Runtime receiver too, as its first
 * argument) plus the caller's name, pushed just before it, and throws. The stack after the call is
 * what it was after the original void call, so the stack map frames stay valid; only the maximum
 * stack grows, which ASM recomputes.
 */
final class ForbiddenCallRewriter {

    static final String ERROR_PACKAGE = ForbiddenCallError.class.getPackageName();
    private static final String ERROR_CLASS = Type.getInternalName(ForbiddenCallError.class);

    private ForbiddenCallRewriter() {
    }

    /** The class with its forbidden calls rewritten, or null when it has none. */
    static byte[] rewrite(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        Rewriting rewriting = new Rewriting(writer);
        reader.accept(rewriting, 0);
        return rewriting.rewritten ? writer.toByteArray() : null;
    }

    private static final class Rewriting extends ClassVisitor {
        private String className;
        private boolean rewritten;

        Rewriting(ClassVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            className = name.replace('/', '.');
            super.visit(version, access, name, signature, superName, interfaces);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            String caller = className + "." + name;
            return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                @Override
                public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean isInterface) {
                    Target target = Target.of(owner, method, desc);
                    if (target == null || opcode != (target == Target.SYSTEM_EXIT ? Opcodes.INVOKESTATIC : Opcodes.INVOKEVIRTUAL)) {
                        super.visitMethodInsn(opcode, owner, method, desc, isInterface);
                        return;
                    }
                    super.visitLdcInsn(caller);
                    switch (target) {
                        case SYSTEM_EXIT -> super.visitMethodInsn(Opcodes.INVOKESTATIC, ERROR_CLASS, "systemExit",
                                "(ILjava/lang/String;)V", false);
                        case RUNTIME_EXIT -> super.visitMethodInsn(Opcodes.INVOKESTATIC, ERROR_CLASS, "runtimeExit",
                                "(Ljava/lang/Runtime;ILjava/lang/String;)V", false);
                        case RUNTIME_HALT -> super.visitMethodInsn(Opcodes.INVOKESTATIC, ERROR_CLASS, "runtimeHalt",
                                "(Ljava/lang/Runtime;ILjava/lang/String;)V", false);
                    }
                    rewritten = true;
                }
            };
        }
    }
}

package io.flowmason.fmpkg.checks;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Walks a method's bytecode instruction by instruction, so that an operand is never read as an opcode. */
final class Bytecode {

    private static final int INVOKEVIRTUAL = 0xb6;
    private static final int INVOKESTATIC = 0xb8;
    private static final int TABLESWITCH = 0xaa;
    private static final int LOOKUPSWITCH = 0xab;
    private static final int WIDE = 0xc4;
    private static final int IINC = 0x84;

    private Bytecode() {
    }

    /** The forbidden methods invoked by the code of {@code length} bytes at {@code start}. */
    static List<ForbiddenCalls.Target> invokedTargets(ByteBuffer in, int start, int length, ConstantPool pool) {
        List<ForbiddenCalls.Target> targets = new ArrayList<>();
        int pc = 0;
        while (pc < length) {
            int opcode = in.get(start + pc) & 0xff;
            if (opcode == INVOKESTATIC || opcode == INVOKEVIRTUAL) {
                ForbiddenCalls.Target target = pool.target(in.getShort(start + pc + 1) & 0xffff);
                if (target != null) {
                    targets.add(target);
                }
            }
            pc += length(in, start, pc, opcode);
        }
        return targets;
    }

    private static int length(ByteBuffer in, int start, int pc, int opcode) {
        switch (opcode) {
            case TABLESWITCH -> {
                int operands = pc + 1 + padding(pc);
                int low = in.getInt(start + operands + 4);
                int high = in.getInt(start + operands + 8);
                return operands - pc + 12 + (high - low + 1) * 4;
            }
            case LOOKUPSWITCH -> {
                int operands = pc + 1 + padding(pc);
                int pairs = in.getInt(start + operands + 4);
                return operands - pc + 8 + pairs * 8;
            }
            case WIDE -> {
                return (in.get(start + pc + 1) & 0xff) == IINC ? 6 : 4;
            }
            default -> {
                return FIXED_LENGTHS[opcode];
            }
        }
    }

    /** Switch operands start at the next multiple of four from the start of the code. */
    private static int padding(int pc) {
        return (4 - (pc + 1) % 4) % 4;
    }

    private static final byte[] FIXED_LENGTHS = new byte[256];

    static {
        java.util.Arrays.fill(FIXED_LENGTHS, (byte) 1);
        set(2, 0x10, 0x12, 0xa9, 0xbc); // bipush, ldc, ret, newarray
        set(2, range(0x15, 0x19)); // iload..aload
        set(2, range(0x36, 0x3a)); // istore..astore
        set(3, 0x11, 0x13, 0x14, IINC, 0xbb, 0xbd, 0xc0, 0xc1, 0xc6, 0xc7); // sipush, ldc_w, ldc2_w, iinc, new, anewarray, checkcast, instanceof, ifnull, ifnonnull
        set(3, range(0x99, 0xa8)); // if<cond>, if_<cmp>, goto, jsr
        set(3, range(0xb2, 0xb8)); // get/put field and static, invokevirtual, invokespecial, invokestatic
        set(4, 0xc5); // multianewarray
        set(5, 0xb9, 0xba, 0xc8, 0xc9); // invokeinterface, invokedynamic, goto_w, jsr_w
    }

    private static int[] range(int from, int to) {
        int[] opcodes = new int[to - from + 1];
        for (int i = 0; i < opcodes.length; i++) {
            opcodes[i] = from + i;
        }
        return opcodes;
    }

    private static void set(int length, int... opcodes) {
        for (int opcode : opcodes) {
            FIXED_LENGTHS[opcode] = (byte) length;
        }
    }
}

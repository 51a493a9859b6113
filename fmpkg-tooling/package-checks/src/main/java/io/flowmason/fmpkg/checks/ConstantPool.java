package io.flowmason.fmpkg.checks;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** The constant pool of a class file: where each entry starts, read lazily. */
final class ConstantPool {

    private static final int UTF8 = 1;
    private static final int CLASS = 7;
    private static final int METHODREF = 10;

    private final ByteBuffer bytes;
    private final int[] offsets;
    private final byte[] tags;

    private ConstantPool(ByteBuffer bytes, int[] offsets, byte[] tags) {
        this.bytes = bytes;
        this.offsets = offsets;
        this.tags = tags;
    }

    /** Reads past the header and the pool, leaving {@code in} at the class's access flags. */
    static ConstantPool read(ByteBuffer in) {
        if (in.getInt() != 0xCAFEBABE) {
            throw new IllegalArgumentException("not a class file");
        }
        in.getInt(); // minor and major version
        int count = in.getShort() & 0xffff;
        int[] offsets = new int[count];
        byte[] tags = new byte[count];
        for (int i = 1; i < count; i++) {
            int tag = in.get();
            tags[i] = (byte) tag;
            offsets[i] = in.position();
            switch (tag) {
                case UTF8 -> ForbiddenCalls.skip(in, in.getShort() & 0xffff);
                case CLASS, 8, 16, 19, 20 -> ForbiddenCalls.skip(in, 2);
                case 15 -> ForbiddenCalls.skip(in, 3);
                case 3, 4, 9, METHODREF, 11, 12, 17, 18 -> ForbiddenCalls.skip(in, 4);
                case 5, 6 -> {
                    ForbiddenCalls.skip(in, 8);
                    i++;
                }
                default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
            }
        }
        return new ConstantPool(in, offsets, tags);
    }

    int count() {
        return offsets.length;
    }

    /** The forbidden method a Methodref entry names, or null for any other entry. */
    ForbiddenCalls.Target target(int index) {
        if (tags[index] != METHODREF) {
            return null;
        }
        int offset = offsets[index];
        int nameAndType = offsets[bytes.getShort(offset + 2) & 0xffff];
        String name = utf8(bytes.getShort(nameAndType) & 0xffff);
        if (!"exit".equals(name) && !"halt".equals(name)) {
            return null;
        }
        return ForbiddenCalls.Target.of(className(bytes.getShort(offset) & 0xffff), name,
                utf8(bytes.getShort(nameAndType + 2) & 0xffff));
    }

    String className(int classIndex) {
        return utf8(bytes.getShort(offsets[classIndex]) & 0xffff);
    }

    /** A Utf8 entry; class files use modified UTF-8, which reads the same for the names compared here. */
    String utf8(int index) {
        int offset = offsets[index];
        int length = bytes.getShort(offset) & 0xffff;
        byte[] text = new byte[length];
        bytes.get(offset + 2, text);
        return new String(text, StandardCharsets.UTF_8);
    }
}

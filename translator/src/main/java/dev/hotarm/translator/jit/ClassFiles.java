package dev.hotarm.translator.jit;

import java.nio.ByteBuffer;

/** Reads facts out of class-file bytes that ASM's writer does not report. */
final class ClassFiles {
    private ClassFiles() {
    }

    /**
     * The length of the Code attribute's bytecode of the method named {@code name}, or -1.
     * HotSpot refuses to compile methods above 8000 bytes, so the translator measures this.
     */
    static int codeLength(byte[] classFile, String name) {
        ByteBuffer b = ByteBuffer.wrap(classFile);
        b.position(8);
        int poolCount = b.getShort() & 0xFFFF;
        String[] utf8 = new String[poolCount];
        for (int i = 1; i < poolCount; i++) {
            int tag = b.get() & 0xFF;
            switch (tag) {
                case 1 -> {
                    int len = b.getShort() & 0xFFFF;
                    byte[] s = new byte[len];
                    b.get(s);
                    utf8[i] = new String(s, java.nio.charset.StandardCharsets.UTF_8);
                }
                case 3, 4, 9, 10, 11, 12, 17, 18 -> b.position(b.position() + 4);
                case 5, 6 -> {
                    b.position(b.position() + 8);
                    i++;
                }
                case 7, 8, 16, 19, 20 -> b.position(b.position() + 2);
                case 15 -> b.position(b.position() + 3);
                default -> throw new AssertionError("constant pool tag " + tag);
            }
        }
        b.position(b.position() + 6);
        int interfaces = b.getShort() & 0xFFFF;
        b.position(b.position() + 2 * interfaces);
        int fields = b.getShort() & 0xFFFF;
        for (int i = 0; i < fields; i++) {
            b.position(b.position() + 6);
            skipAttributes(b);
        }
        int methods = b.getShort() & 0xFFFF;
        for (int i = 0; i < methods; i++) {
            b.getShort();
            String methodName = utf8[b.getShort() & 0xFFFF];
            b.getShort();
            int attributes = b.getShort() & 0xFFFF;
            for (int a = 0; a < attributes; a++) {
                String attribute = utf8[b.getShort() & 0xFFFF];
                int length = b.getInt();
                if (attribute.equals("Code") && methodName.equals(name)) {
                    b.position(b.position() + 4);
                    return b.getInt();
                }
                b.position(b.position() + length);
            }
        }
        return -1;
    }

    private static void skipAttributes(ByteBuffer b) {
        int count = b.getShort() & 0xFFFF;
        for (int i = 0; i < count; i++) {
            b.getShort();
            int length = b.getInt();
            b.position(b.position() + length);
        }
    }
}

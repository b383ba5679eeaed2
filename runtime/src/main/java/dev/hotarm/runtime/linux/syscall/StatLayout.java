package dev.hotarm.runtime.linux.syscall;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * Builds the AArch64 (asm-generic) {@code struct stat} from a {@code struct statx}, whose
 * layout is the same on every host, so the host's own {@code struct stat} never matters.
 */
public final class StatLayout {
    private StatLayout() { }

    public static final int SIZE = 128;

    /** Offsets in the guest's struct stat. */
    public static final int ST_DEV = 0, ST_INO = 8, ST_MODE = 16, ST_NLINK = 20, ST_UID = 24,
            ST_GID = 28, ST_RDEV = 32, ST_SIZE = 48, ST_BLKSIZE = 56, ST_BLOCKS = 64,
            ST_ATIME = 72, ST_MTIME = 88, ST_CTIME = 104;

    /** Offsets in struct statx. */
    static final int STX_BLKSIZE = 4, STX_NLINK = 16, STX_UID = 20, STX_GID = 24, STX_MODE = 28,
            STX_INO = 32, STX_SIZE = 40, STX_BLOCKS = 48, STX_ATIME = 64, STX_CTIME = 96,
            STX_MTIME = 112, STX_RDEV_MAJOR = 128, STX_DEV_MAJOR = 136;

    /** The kernel's encoding of a device number in struct stat (new_encode_dev). */
    static long encodeDev(int major, int minor) {
        return (minor & 0xffL) | ((major & 0xfffL) << 8) | ((minor & ~0xffL & 0xffff_ffffL) << 12);
    }

    public static byte[] fromStatx(MemorySegment sx) {
        ByteBuffer st = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
        st.putLong(ST_DEV, encodeDev(sx.get(JAVA_INT, STX_DEV_MAJOR),
                sx.get(JAVA_INT, STX_DEV_MAJOR + 4)));
        st.putLong(ST_INO, sx.get(JAVA_LONG, STX_INO));
        st.putInt(ST_MODE, sx.get(JAVA_SHORT, STX_MODE) & 0xffff);
        st.putInt(ST_NLINK, sx.get(JAVA_INT, STX_NLINK));
        st.putInt(ST_UID, sx.get(JAVA_INT, STX_UID));
        st.putInt(ST_GID, sx.get(JAVA_INT, STX_GID));
        st.putLong(ST_RDEV, encodeDev(sx.get(JAVA_INT, STX_RDEV_MAJOR),
                sx.get(JAVA_INT, STX_RDEV_MAJOR + 4)));
        st.putLong(ST_SIZE, sx.get(JAVA_LONG, STX_SIZE));
        st.putInt(ST_BLKSIZE, sx.get(JAVA_INT, STX_BLKSIZE));
        st.putLong(ST_BLOCKS, sx.get(JAVA_LONG, STX_BLOCKS));
        timestamp(st, ST_ATIME, sx, STX_ATIME);
        timestamp(st, ST_MTIME, sx, STX_MTIME);
        timestamp(st, ST_CTIME, sx, STX_CTIME);
        return st.array();
    }

    /** statx keeps seconds and a 32-bit nanosecond field; stat keeps two 64-bit fields. */
    private static void timestamp(ByteBuffer st, int at, MemorySegment sx, int from) {
        st.putLong(at, sx.get(JAVA_LONG, from));
        st.putLong(at + 8, sx.get(JAVA_INT, from + 8) & 0xffff_ffffL);
    }
}

package fr.relance.crash;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system over the real disk, named {@code full:}, whose disk runs out of room when a test says so: a
 * write past the room left fails as Linux reports it ({@code IOException("No space left on device")}), the bytes
 * before it are written. No root, no mount: H2 opens {@code jdbc:h2:full:/path/relance} through it
 * ({@code Database.openOn(FullDisk.PREFIX, ...)}), and every file H2 writes for that database (data file, BACKUP TO
 * zip, trace) goes through {@link #of(Path) the disk} of the folder it is in.
 */
public final class FullDisk extends FilePathWrapper {

    public static final String SCHEME = "full";
    public static final String PREFIX = SCHEME + ":";

    private static final Map<Path, Room> ROOMS = new ConcurrentHashMap<>();

    static {
        FilePath.register(new FullDisk());
    }

    /** The room left on the "disk" that holds {@code folder} and everything under it. */
    public static Room of(Path folder) {
        return ROOMS.computeIfAbsent(folder.toAbsolutePath().normalize(), key -> new Room());
    }

    /** Registers the file system (done once, when this class is loaded). */
    public static void install() {
        // the static block has run
    }

    /** Bytes left to write; unlimited until a test fills the disk. */
    public static final class Room {
        private final AtomicLong left = new AtomicLong(Long.MAX_VALUE);

        /** The disk fills up after {@code bytes} more bytes are written. */
        public Room fillAfter(long bytes) {
            left.set(bytes);
            return this;
        }

        /** The disk is full: the next write fails. */
        public Room full() {
            return fillAfter(0);
        }

        /** Room again (the user deleted files). */
        public Room free() {
            left.set(Long.MAX_VALUE);
            return this;
        }

        public boolean isFull() {
            return left.get() <= 0;
        }

        void take(int bytes) throws IOException {
            if (bytes == 0) {
                return;
            }
            long before;
            do {
                before = left.get();
                if (before < bytes) {
                    left.set(0);
                    throw new IOException("No space left on device");
                }
            } while (!left.compareAndSet(before, before - bytes));
        }
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new FullChannel(getBase().open(mode), Path.of(getBase().toString()).toAbsolutePath().normalize());
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        return FilePath.newFileChannelOutputStream(open("rw"), append);
    }

    /** The room of the nearest folder of {@code file} a test set up, else none (unlimited). */
    private static Room roomOf(Path file) {
        for (Path path = file; path != null; path = path.getParent()) {
            Room room = ROOMS.get(path);
            if (room != null) {
                return room;
            }
        }
        return null;
    }

    /** A channel of the real file whose writes take from the room left. */
    private static final class FullChannel extends FileBase {
        private final FileChannel base;
        private final Path file;

        FullChannel(FileChannel base, Path file) {
            this.base = base;
            this.file = file;
        }

        /** Looked up at each write: a test may fill the disk after the file was opened. */
        private void take(int bytes) throws IOException {
            Room room = roomOf(file);
            if (room != null) {
                room.take(bytes);
            }
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            take(src.remaining());
            return base.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            take(src.remaining());
            return base.write(src, position);
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}

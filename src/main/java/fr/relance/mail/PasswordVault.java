package fr.relance.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps the SMTP password out of the database in clear text: it is stored there encrypted with AES-256-GCM, under
 * a random key kept in a file of the data folder that only the user's account may read (POSIX 0600, or on Windows
 * an ACL granting the owner alone). A copy of the data file (a backup, a file sent for support) then holds no usable
 * password without that key file. See docs/architecture.md ("E-mail reminders") for why not the OS keyring.
 */
public final class PasswordVault {

    /** The key file's name in the data folder. */
    public static final String KEY_FILE = "mail-secret.key";

    private static final String PREFIX = "aes-gcm:v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Path keyFile;
    private final SecureRandom random = new SecureRandom();

    /** The password could not be decrypted: the key file is missing or another one, or the value was altered. */
    public static final class UnreadableSecretException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreadableSecretException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public PasswordVault(Path dataFolder) {
        this.keyFile = dataFolder.resolve(KEY_FILE);
    }

    public Path keyFile() {
        return keyFile;
    }

    /** The password encrypted, as stored in the settings ("aes-gcm:v1:" + Base64 of IV and cipher text). */
    public String seal(String password) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(true), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(password.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /**
     * The password back.
     *
     * @throws UnreadableSecretException when the key file is missing or not the one it was sealed with
     */
    public String open(String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new UnreadableSecretException("Not a sealed password", null);
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            SecretKey key = key(false);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UnreadableSecretException("The password cannot be decrypted with " + keyFile, e);
        }
    }

    private SecretKey key(boolean create) {
        try {
            if (!Files.exists(keyFile)) {
                if (!create) {
                    throw new UnreadableSecretException("No key file " + keyFile, null);
                }
                createKey();
            }
            byte[] bytes = Files.readAllBytes(keyFile);
            if (bytes.length != 32) {
                throw new UnreadableSecretException("The key file " + keyFile + " is not a key", null);
            }
            return new SecretKeySpec(bytes, "AES");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Written owner-only beside, then moved in place: never a half key, never readable by others. */
    private void createKey() throws IOException {
        byte[] key;
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            key = generator.generateKey().getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is part of every Java runtime", e);
        }
        Files.createDirectories(keyFile.getParent());
        Path partial = keyFile.resolveSibling(KEY_FILE + ".part");
        Files.deleteIfExists(partial);
        Files.createFile(partial);
        ownerOnly(partial);
        Files.write(partial, key, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        try {
            Files.move(partial, keyFile, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(partial); // another instance made it first: use theirs
        }
    }

    /** Only the owner may read and write the file. */
    static void ownerOnly(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(PosixFilePermissions.fromString("rw-------"));
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (acl != null) {
            UserPrincipal owner = Files.getOwner(file);
            acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                    .setPermissions(EnumSet.of(AclEntryPermission.READ_DATA, AclEntryPermission.WRITE_DATA,
                            AclEntryPermission.APPEND_DATA, AclEntryPermission.READ_ATTRIBUTES,
                            AclEntryPermission.WRITE_ATTRIBUTES, AclEntryPermission.READ_ACL,
                            AclEntryPermission.WRITE_ACL, AclEntryPermission.DELETE,
                            AclEntryPermission.SYNCHRONIZE, AclEntryPermission.READ_NAMED_ATTRS,
                            AclEntryPermission.WRITE_NAMED_ATTRS))
                    .build()));
        }
    }
}

package fr.relance.domain.privacy;

import fr.relance.domain.FieldProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a data-file password must be: at least 10 characters mixing at least three kinds (lower case, upper case,
 * digits, other signs), no space (H2 separates the file password from the user's at the first space), typed twice
 * the same. There is no way to recover a forgotten password: the data is then lost, backups included.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MIN_KINDS = 3;

    private PasswordPolicy() {
    }

    /** The problems with a new password and its confirmation, empty when it is acceptable. */
    public static List<FieldProblem> check(char[] password, char[] confirmation) {
        List<FieldProblem> problems = new ArrayList<>();
        char[] typed = password == null ? new char[0] : password;
        if (typed.length < MIN_LENGTH) {
            problems.add(new FieldProblem("newPassword", "security.password.tooShort"));
        } else if (kinds(typed) < MIN_KINDS) {
            problems.add(new FieldProblem("newPassword", "security.password.tooSimple"));
        }
        for (char c : typed) {
            if (Character.isWhitespace(c)) {
                problems.add(new FieldProblem("newPassword", "security.password.noSpaces"));
                break;
            }
        }
        if (!Arrays.equals(typed, confirmation == null ? new char[0] : confirmation)) {
            problems.add(new FieldProblem("confirmPassword", "security.password.mismatch"));
        }
        return problems;
    }

    private static int kinds(char[] password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (char c : password) {
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}

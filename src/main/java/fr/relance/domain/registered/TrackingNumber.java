package fr.relance.domain.registered;

import fr.relance.domain.FieldProblem;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The number La Poste gives a registered letter, stored without spaces and in capitals.
 * <ul>
 *   <li>{@link Format#DOMESTIC}: the 13 characters printed on a French registered-letter form, such as
 *       "1A 123 456 7890 1": a digit, a letter, then 11 digits. La Poste publishes no check-digit rule for these
 *       (the domain reference, section 5: "validate only length/pattern"), so only the pattern is checked: a real
 *       number is never refused by a guessed key.</li>
 *   <li>{@link Format#S10}: the international UPU S10 number such as "RR123456785FR": two service letters, an
 *       8-digit serial, a check digit (weights 8 6 4 2 3 5 9 7, 11 − sum mod 11, 10 → 0, 11 → 5) and the ISO
 *       country code.</li>
 * </ul>
 */
public record TrackingNumber(String value, Format format) {

    public enum Format { DOMESTIC, S10 }

    public static final String FIELD = "trackingNumber";
    public static final String REQUIRED = "registered.tracking.required";
    public static final String INVALID_CHARACTERS = "registered.tracking.characters";
    public static final String WRONG_LENGTH = "registered.tracking.length";
    public static final String WRONG_PATTERN = "registered.tracking.pattern";
    public static final String WRONG_CHECK_DIGIT = "registered.tracking.checkDigit";

    private static final Pattern DOMESTIC = Pattern.compile("\\d[A-Z]\\d{11}");
    private static final Pattern S10 = Pattern.compile("[A-Z]{2}\\d{9}[A-Z]{2}");
    private static final int[] S10_WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};

    public TrackingNumber {
        if (parseProblems(value).isPresent()) {
            throw new IllegalArgumentException("Not a tracking number: " + value);
        }
    }

    /** The number as typed: spaces, dashes and dots dropped, letters in capitals. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s.\\-\\u00a0\\u202f]", "").toUpperCase(Locale.ROOT);
    }

    /** The number typed, normalised, or the message key of what is wrong with it. */
    public static TrackingNumber parse(String typed) {
        String clean = normalise(typed);
        Optional<String> problem = parseProblems(clean);
        if (problem.isPresent()) {
            throw new fr.relance.domain.InvalidInputException(FIELD, problem.get());
        }
        return new TrackingNumber(clean, S10.matcher(clean).matches() ? Format.S10 : Format.DOMESTIC);
    }

    /** What is wrong with the number typed, nothing when it is a valid one. */
    public static List<FieldProblem> problems(String typed) {
        return parseProblems(normalise(typed)).map(key -> List.of(new FieldProblem(FIELD, key))).orElse(List.of());
    }

    private static Optional<String> parseProblems(String clean) {
        if (clean == null || clean.isEmpty()) {
            return Optional.of(REQUIRED);
        }
        if (!clean.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
            return Optional.of(INVALID_CHARACTERS);
        }
        if (clean.length() != 13) {
            return Optional.of(WRONG_LENGTH);
        }
        if (S10.matcher(clean).matches()) {
            int expected = s10CheckDigit(clean.substring(2, 10));
            return clean.charAt(10) - '0' == expected ? Optional.empty() : Optional.of(WRONG_CHECK_DIGIT);
        }
        return DOMESTIC.matcher(clean).matches() ? Optional.empty() : Optional.of(WRONG_PATTERN);
    }

    /** UPU S10 check digit of the 8-digit serial. */
    static int s10CheckDigit(String serial) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (serial.charAt(i) - '0') * S10_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 0 : check == 11 ? 5 : check;
    }

    /** As printed: "1A 123 456 7890 1" or "RR 123 456 785 FR". */
    public String display() {
        if (format == Format.S10) {
            return value.substring(0, 2) + " " + value.substring(2, 5) + " " + value.substring(5, 8) + " "
                    + value.substring(8, 11) + " " + value.substring(11);
        }
        return value.substring(0, 2) + " " + value.substring(2, 5) + " " + value.substring(5, 8) + " "
                + value.substring(8, 12) + " " + value.substring(12);
    }

    @Override
    public String toString() {
        return value;
    }
}

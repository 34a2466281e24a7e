package fr.relance.documents;

import fr.relance.domain.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the window of the envelope falls on the flat A4 sheet, in millimetres from the sheet's top-left corner
 * (domain reference, section 10). The address block is printed inside it, inset so that the letter may slide a
 * little in the envelope: with the DL defaults the block's left edge is at 110 mm, its first line about 50 mm from
 * the top, and it is at most 85 mm wide. Printers and envelopes differ: the offsets are settings, checked here and
 * tried out with the calibration page ({@link CalibrationPage}).
 */
public record EnvelopeLayout(double windowLeftMm, double windowTopMm, double windowWidthMm, double windowHeightMm) {

    /**
     * A DL (110 x 220 mm) envelope with the usual 100 x 45 mm window 20 mm from its right and 15 mm from its
     * bottom, holding an A4 sheet folded in three: on the flat sheet the window spans about 100-200 mm across
     * and 45-90 mm down.
     */
    public static final EnvelopeLayout DL = new EnvelopeLayout(100, 45, 100, 45);

    public static final double A4_WIDTH_MM = 210;
    /** The first fold of a letter folded in three for a DL envelope; the window must sit above it. */
    public static final double FIRST_FOLD_MM = 99;
    /** The second fold. */
    public static final double SECOND_FOLD_MM = 198;

    /** Room kept between the window's edges and the address block, for the letter's play in the envelope. */
    public static final double INSET_LEFT_MM = 10;
    public static final double INSET_TOP_MM = 5;
    public static final double INSET_RIGHT_MM = 5;
    public static final double INSET_BOTTOM_MM = 3;

    public static final double MIN_WIDTH_MM = 50;
    public static final double MAX_WIDTH_MM = 150;
    public static final double MIN_HEIGHT_MM = 25;
    public static final double MAX_HEIGHT_MM = 70;

    public double addressLeftMm() {
        return windowLeftMm + INSET_LEFT_MM;
    }

    public double addressTopMm() {
        return windowTopMm + INSET_TOP_MM;
    }

    public double addressWidthMm() {
        return windowWidthMm - INSET_LEFT_MM - INSET_RIGHT_MM;
    }

    public double addressHeightMm() {
        return windowHeightMm - INSET_TOP_MM - INSET_BOTTOM_MM;
    }

    /**
     * What keeps this layout from printing an address that shows in the window: each problem names the field
     * (windowLeft, windowTop, windowWidth, windowHeight) and a message key.
     */
    public List<FieldProblem> validate() {
        List<FieldProblem> problems = new ArrayList<>();
        if (!Double.isFinite(windowWidthMm) || windowWidthMm < MIN_WIDTH_MM || windowWidthMm > MAX_WIDTH_MM) {
            problems.add(new FieldProblem("windowWidth", "envelope.width.range"));
        }
        if (!Double.isFinite(windowHeightMm) || windowHeightMm < MIN_HEIGHT_MM || windowHeightMm > MAX_HEIGHT_MM) {
            problems.add(new FieldProblem("windowHeight", "envelope.height.range"));
        }
        if (!Double.isFinite(windowLeftMm) || windowLeftMm < 0
                || (Double.isFinite(windowWidthMm) && windowLeftMm + windowWidthMm > A4_WIDTH_MM)) {
            problems.add(new FieldProblem("windowLeft", "envelope.left.range"));
        }
        if (!Double.isFinite(windowTopMm) || windowTopMm < 0
                || (Double.isFinite(windowHeightMm) && windowTopMm + windowHeightMm > FIRST_FOLD_MM)) {
            problems.add(new FieldProblem("windowTop", "envelope.top.range"));
        }
        return problems;
    }
}

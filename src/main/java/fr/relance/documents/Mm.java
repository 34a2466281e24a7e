package fr.relance.documents;

/** Millimetres to PDF points (1/72 inch). */
final class Mm {

    static final float PER_POINT = 25.4f / 72f;

    private Mm() {
    }

    static float pt(double mm) {
        return (float) (mm * 72.0 / 25.4);
    }
}

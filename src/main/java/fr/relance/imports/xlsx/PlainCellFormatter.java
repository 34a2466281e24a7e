package fr.relance.imports.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Formats numeric cells the way a CSV would carry them, whatever the display format: dates as ISO
 * ("2026-11-23"), other numbers plain with a dot ("1234.5"), never "1 234,50 €" or "23/11/26".
 */
final class PlainCellFormatter extends DataFormatter {

    /** Excel shows and computes with 15 significant digits; more are binary noise (0.30000000000000004). */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private final boolean date1904;

    PlainCellFormatter(boolean date1904) {
        this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return formatRawCellContents(value, formatIndex, formatString, date1904);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value, date1904).toLocalDate().toString();
        }
        return plain(value);
    }

    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        return new BigDecimal(Double.toString(value)).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }
}

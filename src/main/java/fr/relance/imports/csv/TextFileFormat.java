package fr.relance.imports.csv;

import java.nio.charset.Charset;

/**
 * How a text export is written, as {@link TextFileProbe} found it.
 *
 * @param charset    the charset to decode with (after the byte-order mark)
 * @param bomLength  bytes of byte-order mark to skip before decoding, 0 when none
 * @param separator  the field separator: ';', ',', TAB or '|'
 */
public record TextFileFormat(Charset charset, int bomLength, char separator) {
}

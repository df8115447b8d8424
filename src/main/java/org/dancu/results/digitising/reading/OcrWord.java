package org.dancu.results.digitising.reading;

/** A word the recogniser read, with its confidence from 0 to 100. */
record OcrWord(String text, double confidence) {
}

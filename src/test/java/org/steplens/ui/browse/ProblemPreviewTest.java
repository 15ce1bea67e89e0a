package org.steplens.ui.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProblemPreviewTest {

    @Test
    void mathReadsAsTextInTheProblemList() {
        assertEquals("What is 10.0000198·5.9999985401·6.9999852 to the nearest whole number?",
                ProblemListView.previewOf("What is $10.0000198\\cdot 5.9999985401\\cdot 6.9999852$ to the nearest whole number?"));
        assertEquals("Compute 1/31 ÷1/93.", ProblemListView.previewOf("Compute $ \\frac{1}{31} \\div \\frac{1}{93} $."));
    }

    @Test
    void longTextIsCutAndWhitespaceFolded() {
        String preview = ProblemListView.previewOf("Let\n\n$x$ be " + "very ".repeat(100) + "large.");
        assertTrue(preview.startsWith("Let x be very very"), preview);
        assertEquals(161, preview.length());
        assertTrue(preview.endsWith("…"));
    }
}

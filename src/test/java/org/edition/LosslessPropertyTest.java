package org.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.LongStream;
import org.edition.corpus.CorpusGenerator;
import org.edition.diag.Diagnostics;
import org.edition.meta.Metadata;
import org.edition.pipeline.Conversion;
import org.edition.pipeline.Converter;
import org.edition.testing.RandomTranslation;
import org.edition.testing.TeiAll;
import org.edition.testing.Texts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lossless property over generated inputs (seeded, so a failure names its seed and replays):
 * the bracketed text edition of the TEI gives back the input's words, punctuation and brackets in
 * order, whitespace aside; and the TEI is valid against the project schema and tei_all.
 */
class LosslessPropertyTest {
    private static final Converter CONVERTER = Converter.standard();

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    @ParameterizedTest(name = "random translation, seed {0}")
    @MethodSource("seeds")
    void randomTranslationsRoundTrip(long seed) {
        check(new RandomTranslation(seed).document(), seed);
    }

    @ParameterizedTest(name = "sample-like telegram, seed {0}")
    @MethodSource("seeds")
    void sampleLikeTelegramsRoundTrip(long seed) {
        check(new CorpusGenerator(seed).document(800 + (int) (seed * 37 % 6000)), seed);
    }

    private static void check(String input, long seed) {
        Path name = Path.of("generated-" + seed + ".txt");
        Conversion c = CONVERTER.convert(name, input.getBytes(StandardCharsets.UTF_8), Metadata.EMPTY,
                new Diagnostics(name.toString()));
        assertThat(c.ok()).as("seed %d converts without error: %s%n--- input%n%s", seed, c.diagnostics(), input).isTrue();
        assertThat(Texts.normalise(Texts.bracketed(c.tei()))).as("seed %d round trip", seed)
                .isEqualTo(Texts.normalise(input));
        assertThat(TeiAll.schema().validate(c.tei(), name + ".xml")).as("seed %d valid against tei_all", seed).isEmpty();
    }
}

package io.recmerge.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FilterTest {

    @Test
    void aFilterWithoutOptionsRendersAsItsName() {
        assertThat(Filter.of("hflip").render()).isEqualTo("hflip");
        assertThat(new Filter("vflip", List.of()).render()).isEqualTo("vflip");
    }

    @Test
    void optionsAreKeyValuePairsJoinedByColons() {
        assertThat(Filter.of("pad", "w", 640, "h", 480, "color", "black").render())
                .isEqualTo("pad=w=640:h=480:color=black");
    }

    @Test
    void aPositionalOptionHasNoKey() {
        Filter f = new Filter("scale", List.of(new Filter.Arg(null, "640"), new Filter.Arg(null, "480")));
        assertThat(f.render()).isEqualTo("scale=640:480");
    }

    @Test
    void plainValuesAreLeftAlone() {
        assertThat(Filter.escape("640")).isEqualTo("640");
        assertThat(Filter.escape("PTS-STARTPTS+1.200000/TB")).isEqualTo("PTS-STARTPTS+1.200000/TB");
        assertThat(Filter.escape("(ow-iw)/2")).isEqualTo("(ow-iw)/2");
        assertThat(Filter.escape("")).isEqualTo("");
    }

    @Test
    void anExpressionWithCommasIsQuotedSoItDoesNotSplitTheChain() {
        assertThat(Filter.escape("between(t,3,4)")).isEqualTo("'between(t,3,4)'");
        assertThat(Filter.of("select", "expr", "between(t,3,4)").render()).isEqualTo("select=expr='between(t,3,4)'");
    }

    @Test
    void aColonIsBackslashEscapedForTheOptionLevelThenQuotedForTheGraphLevel() {
        assertThat(Filter.escape("a:b")).isEqualTo("'a\\:b'");
        assertThat(Filter.escape("10:20:30")).isEqualTo("'10\\:20\\:30'");
    }

    @Test
    void graphSpecialCharactersAreQuoted() {
        assertThat(Filter.escape("a;b")).isEqualTo("'a;b'");
        assertThat(Filter.escape("[x]")).isEqualTo("'[x]'");
        assertThat(Filter.escape("a b")).isEqualTo("'a b'");
        assertThat(Filter.escape("a\tb")).isEqualTo("'a\tb'");
        assertThat(Filter.escape("k=v")).isEqualTo("'k=v'");
    }

    @Test
    void aBackslashIsDoubledThenQuoted() {
        assertThat(Filter.escape("a\\b")).isEqualTo("'a\\\\b'");
    }

    @Test
    void aQuoteIsEscapedAtBothLevelsBecauseQuotesCannotNest() {
        // level 1: it\'s ; level 2: 'it\'\''s' (close quote, escaped quote, reopen)
        assertThat(Filter.escape("it's")).isEqualTo("'it\\'\\''s'");
    }

    @Test
    void namesAndKeysMustBeLowercaseIdentifiers() {
        assertThatThrownBy(() -> Filter.of("Scale")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("filter name 'Scale' is not an identifier");
        assertThatThrownBy(() -> Filter.of("scale,hflip")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Filter.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Filter.of("pad", "w h", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("filter option key 'w h' is not an identifier");
        assertThatThrownBy(() -> new Filter.Arg("k", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anOddNumberOfKeyValueItemsIsRefused() {
        assertThatThrownBy(() -> Filter.of("pad", "w", 1, "h")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("filter pad: odd number of key/value items");
    }

    @Test
    void theArgumentListIsACopy() {
        List<Filter.Arg> args = new java.util.ArrayList<>(List.of(new Filter.Arg("w", "1")));
        Filter f = new Filter("pad", args);
        args.add(new Filter.Arg("h", "2"));
        assertThat(f.render()).isEqualTo("pad=w=1");
    }

    @Test
    void aChainRendersItsLabelsAroundCommaJoinedFilters() {
        FilterChain chain = new FilterChain(List.of("0:v", "base"), List.of(Filter.of("overlay"),
                Filter.of("format", "pix_fmts", "yuv420p")), List.of("out"));
        assertThat(chain.render()).isEqualTo("[0:v][base]overlay,format=pix_fmts=yuv420p[out]");
        assertThat(FilterChain.of(List.of(), List.of(Filter.of("anullsrc")), "a").render()).isEqualTo("anullsrc[a]");
        assertThat(new FilterChain(List.of("in"), List.of(Filter.of("split")), List.of("x", "y")).render())
                .isEqualTo("[in]split[x][y]");
    }

    @Test
    void aChainRefusesLabelsThatCouldBreakTheGraphAndEmptyFilterLists() {
        assertThatThrownBy(() -> FilterChain.of(List.of("a]b"), List.of(Filter.of("null")), "o"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pad label 'a]b' has characters outside [A-Za-z0-9_:]");
        assertThatThrownBy(() -> FilterChain.of(List.of(), List.of(Filter.of("null")), "o;x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FilterChain.of(List.of(), List.of(Filter.of("null")), ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FilterChain.of(List.of("a"), List.of(), "o"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a filter chain needs at least one filter");
    }

    @Test
    void aGraphJoinsItsChainsWithSemicolonsAndNeedsOne() {
        FilterGraph graph = new FilterGraph(List.of(
                FilterChain.of(List.of(), List.of(Filter.of("color", "c", "black")), "base"),
                FilterChain.of(List.of("base"), List.of(Filter.of("null")), "out")));
        assertThat(graph.render()).isEqualTo("color=c=black[base];[base]null[out]");
        assertThatThrownBy(() -> new FilterGraph(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a filter graph needs at least one chain");
    }
}

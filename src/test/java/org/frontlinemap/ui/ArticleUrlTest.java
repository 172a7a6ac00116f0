package org.frontlinemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleUrlTest {

    @Test
    void onlyWebUrlsBecomeLinks() {
        assertThat(ArticleView.isWebUrl("https://example.org/a?b=1")).isTrue();
        assertThat(ArticleView.isWebUrl("HTTP://example.org/")).isTrue();
        assertThat(ArticleView.isWebUrl("javascript:alert(1)")).isFalse();
        assertThat(ArticleView.isWebUrl("JavaScript://example.org/%0aalert(1)")).isFalse();
        assertThat(ArticleView.isWebUrl("data:text/html,<script>alert(1)</script>")).isFalse();
        assertThat(ArticleView.isWebUrl("//example.org/x")).isFalse();
        assertThat(ArticleView.isWebUrl("http:alert(1)")).isFalse();
        assertThat(ArticleView.isWebUrl("vbscript:x")).isFalse();
        assertThat(ArticleView.isWebUrl("not a url")).isFalse();
    }

    @Test
    void sharesArePercentages() {
        assertThat(ArticleView.percent(0.8)).isEqualTo("80 %");
        assertThat(ArticleView.percent(1.0)).isEqualTo("100 %");
    }
}

package org.charta.ui.outline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DropIndexTest {

    @Test
    void dropBeforeLaterTitleLandsJustAboveIt() {
        assertThat(OutlineViewModel.indexAfterDrop(0, 3, true)).isEqualTo(2);
    }

    @Test
    void dropAfterLaterTitleTakesItsPlace() {
        assertThat(OutlineViewModel.indexAfterDrop(0, 3, false)).isEqualTo(3);
    }

    @Test
    void dropBeforeEarlierTitleTakesItsPlace() {
        assertThat(OutlineViewModel.indexAfterDrop(4, 1, true)).isEqualTo(1);
    }

    @Test
    void dropAfterEarlierTitleLandsJustBelowIt() {
        assertThat(OutlineViewModel.indexAfterDrop(4, 1, false)).isEqualTo(2);
    }

    @Test
    void dropOnItselfKeepsPlace() {
        assertThat(OutlineViewModel.indexAfterDrop(2, 2, true)).isEqualTo(2);
        assertThat(OutlineViewModel.indexAfterDrop(2, 2, false)).isEqualTo(2);
    }
}

package io.polydesk.domain.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.ErrorCode;
import io.polydesk.domain.shared.FieldError;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void directoriesAndControlCharactersAreDropped() {
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitise("C:\\Users\\me\\report.pdf")).isEqualTo("report.pdf");
        assertThat(FileNames.sanitise("bad\r\nname\u0000.txt")).isEqualTo("badname.txt");
        assertThat(FileNames.sanitise("evil\u202Etxt.exe")).isEqualTo("eviltxt.exe");
        assertThat(FileNames.sanitise("  Grüße 📎.txt ")).isEqualTo("Grüße 📎.txt");
    }

    @Test
    void leadingDotsAreRemoved() {
        assertThat(FileNames.sanitise(".htaccess")).isEqualTo("htaccess");
    }

    @Test
    void longNamesAreCutKeepingTheExtension() {
        String name = FileNames.sanitise("a".repeat(400) + ".pdf");

        assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith("aaa.pdf");
    }

    @Test
    void namesOfCharactersOutsideTheBasicPlaneFitEveryDatabaseAndAreNotCutInHalf() {
        String name = FileNames.sanitise("\uD83D\uDE00".repeat(255) + ".txt");

        assertThat(name.length()).isLessThanOrEqualTo(FileNames.MAX_LENGTH);
        assertThat(name).endsWith(".txt");
        assertThat(Character.isHighSurrogate(name.charAt(name.length() - 5))).isFalse();
    }

    @Test
    void aNameWithNothingLeftIsInvalid() {
        for (String bad : new String[] {null, "", "   ", "dir/", "..", "\u0007"}) {
            assertThatThrownBy(() -> FileNames.sanitise(bad)).isInstanceOfSatisfying(DomainException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.INVALID);
                assertThat(e.details()).containsExactly(new FieldError("fileName", "must name a file"));
            });
        }
    }
}

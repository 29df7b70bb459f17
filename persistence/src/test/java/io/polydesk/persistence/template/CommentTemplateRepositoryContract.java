package io.polydesk.persistence.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.shared.Role;
import io.polydesk.domain.template.CommentTemplate;
import io.polydesk.domain.template.CommentTemplateRepository;
import io.polydesk.domain.user.User;
import io.polydesk.persistence.RepositoryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

abstract class CommentTemplateRepositoryContract extends RepositoryTest {

    @Autowired
    CommentTemplateRepository templates;

    @Test
    void templatesReadBackUpdateAndDelete() {
        User author = newUser(Role.AGENT);
        String name = unique("Greeting");
        long id = templates.insert(new CommentTemplate(0, name, "Hello {{requester.name}}", author.id(), T0, T0));
        assertThat(templates.findById(id))
                .get()
                .usingRecursiveComparison()
                .isEqualTo(new CommentTemplate(id, name, "Hello {{requester.name}}", author.id(), T0, T0));

        CommentTemplate changed = new CommentTemplate(id, name + "!", "Bye", author.id(), T0, T0.plusSeconds(5));
        templates.update(changed);
        assertThat(templates.findById(id)).get().usingRecursiveComparison().isEqualTo(changed);
        assertThat(templates.list()).extracting(CommentTemplate::id).contains(id);

        templates.delete(id);
        assertThat(templates.findById(id)).isEmpty();
    }

    @Test
    void nameTakenIgnoresCaseAndTheTemplateItself() {
        String name = unique("Closing");
        long id = templates.insert(new CommentTemplate(0, name, "Done", null, T0, T0));

        assertThat(templates.nameTaken(name.toUpperCase(), null)).isTrue();
        assertThat(templates.nameTaken(name, id)).isFalse();
        assertThat(templates.nameTaken(unique("other"), null)).isFalse();
    }
}

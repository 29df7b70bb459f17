package io.polydesk.persistence.template;

import io.polydesk.domain.template.CommentTemplate;
import io.polydesk.domain.template.CommentTemplateRepository;
import io.polydesk.persistence.support.GeneratedId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** The shared library of canned responses. */
@Repository
public class MyBatisCommentTemplateRepository implements CommentTemplateRepository {

    private final CommentTemplateMapper mapper;

    public MyBatisCommentTemplateRepository(CommentTemplateMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public long insert(CommentTemplate template) {
        GeneratedId key = new GeneratedId();
        mapper.insert(template, key);
        return key.value();
    }

    @Override
    public void update(CommentTemplate template) {
        if (mapper.update(template) != 1) {
            throw new IllegalStateException("Comment template " + template.id() + " does not exist");
        }
    }

    @Override
    public void delete(long id) {
        mapper.delete(id);
    }

    @Override
    public Optional<CommentTemplate> findById(long id) {
        return Optional.ofNullable(mapper.findById(id));
    }

    @Override
    public boolean nameTaken(String name, Long exceptId) {
        return mapper.countNamed(name, exceptId) > 0;
    }

    @Override
    public List<CommentTemplate> list() {
        return mapper.list();
    }
}

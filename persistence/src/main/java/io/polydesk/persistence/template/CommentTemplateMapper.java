package io.polydesk.persistence.template;

import io.polydesk.domain.template.CommentTemplate;
import io.polydesk.persistence.support.GeneratedId;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code comment_templates}; statements live in {@code CommentTemplateMapper.xml}. */
@Mapper
public interface CommentTemplateMapper {

    void insert(@Param("template") CommentTemplate template, @Param("key") GeneratedId key);

    int update(@Param("template") CommentTemplate template);

    int delete(@Param("id") long id);

    CommentTemplate findById(@Param("id") long id);

    int countNamed(@Param("name") String name, @Param("exceptId") Long exceptId);

    List<CommentTemplate> list();
}

package io.polydesk.compat.jitbit;

import io.polydesk.compat.jitbit.dto.JitbitAttachment;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.user.User;
import java.util.List;

/** A comment with its author (null for system comments) and its files. */
record JitbitCommentView(Comment comment, User author, List<JitbitAttachment> attachments) {}

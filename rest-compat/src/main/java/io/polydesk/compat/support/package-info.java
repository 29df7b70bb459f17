/** Only what two or more dialects truly share. Dialects never import one another. */
package io.polydesk.compat.support;

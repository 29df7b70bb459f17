package io.polydesk.compat.jitbit;

import io.polydesk.domain.organisation.Company;
import io.polydesk.domain.organisation.Department;
import io.polydesk.domain.user.User;

/** A user with the company and department the caller may see; either may be null. */
record JitbitUserView(User user, Company company, Department department) {}

import type { User } from '@ask-anyway/core';
import { Redirect, Route, Switch } from 'wouter';
import { ClinicianAcceptScreen } from '../screens/clinician-accept.screen';
import { ClinicianPeopleScreen } from '../screens/clinician-people.screen';
import { ClinicianPersonScreen } from '../screens/clinician-person.screen';
import { ClinicianSettingsScreen } from '../screens/clinician-settings.screen';

/** A clinician's app: the people who shared with them, and settings. Nothing of a person's own practice. */
export function ClinicianRoutes({ user }: { user: User }) {
  return (
    <Switch>
      <Route path="/clinician">
        <ClinicianPeopleScreen user={user} />
      </Route>
      <Route path="/clinician/accept" component={ClinicianAcceptScreen} />
      <Route path="/clinician/people/:connectionId" component={ClinicianPersonScreen} />
      <Route path="/settings">
        <ClinicianSettingsScreen user={user} />
      </Route>
      <Route>
        <Redirect to="/clinician" replace />
      </Route>
    </Switch>
  );
}

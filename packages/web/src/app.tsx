import { Redirect, Route, Switch } from 'wouter';
import { AuthProvider, useAuth } from './auth/auth-context';
import { AppShell } from './components/app-shell';
import { UpdatePrompt } from './pwa/update-prompt';
import { GetHelpScreen } from './screens/get-help.screen';
import { SettingsScreen } from './screens/settings.screen';
import { SignInScreen } from './screens/sign-in.screen';
import { SignUpScreen } from './screens/sign-up.screen';
import { TodayScreen } from './screens/today.screen';
import { UnreachableScreen } from './screens/unreachable.screen';
import { WelcomeScreen } from './screens/welcome.screen';

export function App() {
  return (
    <AuthProvider>
      <Routes />
      <UpdatePrompt />
    </AuthProvider>
  );
}

/** Help is reachable in every state, even before the session check answers or when it cannot. */
function Routes() {
  const { state } = useAuth();
  const signedIn = state.status === 'signed-in';

  return (
    <AppShell signedIn={signedIn}>
      <Switch>
        <Route path="/help" component={GetHelpScreen} />
        <Route>{() => <StateRoutes />}</Route>
      </Switch>
    </AppShell>
  );
}

function StateRoutes() {
  const { state } = useAuth();
  switch (state.status) {
    case 'loading':
      return <div className="screen screen--loading" aria-busy="true" aria-label="Loading" />;
    case 'unreachable':
      return <UnreachableScreen error={state.error} />;
    case 'signed-out':
      return (
        <Switch>
          <Route path="/" component={WelcomeScreen} />
          <Route path="/sign-up" component={SignUpScreen} />
          <Route path="/sign-in" component={SignInScreen} />
          {/* Signed-in paths land on the welcome screen, where any notice (signed out, erased) shows. */}
          <Route>
            <Redirect to="/" replace />
          </Route>
        </Switch>
      );
    case 'signed-in':
      return (
        <Switch>
          <Route path="/today">
            <TodayScreen user={state.user} />
          </Route>
          <Route path="/settings">
            <SettingsScreen user={state.user} />
          </Route>
          <Route>
            <Redirect to="/today" replace />
          </Route>
        </Switch>
      );
  }
}

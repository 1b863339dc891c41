import { lazy, Suspense } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { AuthProvider, useAuth } from './auth/auth-context';
import { AppShell } from './components/app-shell';
import { ToastProvider } from './components/toast';
import { UpdatePrompt } from './pwa/update-prompt';
import { CalmScreen } from './screens/calm.screen';
import { CrisisScreen } from './screens/crisis.screen';
import { DoItNowScreen } from './screens/do-it-now.screen';
import { ExperimentAfterScreen } from './screens/experiment-after.screen';
import { ExperimentBeforeScreen } from './screens/experiment-before.screen';
import { ExperimentSummaryScreen } from './screens/experiment-summary.screen';
import { GetHelpScreen } from './screens/get-help.screen';
import { GuideScreen } from './screens/guide.screen';
import { HistoryDetailScreen } from './screens/history-detail.screen';
import { HistoryScreen } from './screens/history.screen';
import { LadderAddScreen } from './screens/ladder-add.screen';
import { LadderScreen } from './screens/ladder.screen';
import { PickChallengeScreen } from './screens/pick-challenge.screen';
import { ProgressScreen } from './screens/progress.screen';
import { ScreeningResultScreen } from './screens/screening-result.screen';
import { ScreeningScreen } from './screens/screening.screen';
import { SettingsScreen } from './screens/settings.screen';
import { SignInScreen } from './screens/sign-in.screen';
import { SignUpScreen } from './screens/sign-up.screen';
import { TodayScreen } from './screens/today.screen';
import { UnreachableScreen } from './screens/unreachable.screen';
import { WelcomeScreen } from './screens/welcome.screen';

/**
 * Screens most people open rarely, and the whole clinician app, load on first use (and are precached for
 * offline like everything else). Help, calm, crisis and the daily practice are in the first download.
 */
const ClinicianRoutes = lazy(() => import('./clinicians/clinician-routes').then((m) => ({ default: m.ClinicianRoutes })));
const ClinicianSignUpScreen = lazy(() => import('./screens/clinician-sign-up.screen').then((m) => ({ default: m.ClinicianSignUpScreen })));
const MeasureEntryScreen = lazy(() => import('./screens/measure-entry.screen').then((m) => ({ default: m.MeasureEntryScreen })));
const MeasureTakeScreen = lazy(() => import('./screens/measure-take.screen').then((m) => ({ default: m.MeasureTakeScreen })));
const MeasuresScreen = lazy(() => import('./screens/measures.screen').then((m) => ({ default: m.MeasuresScreen })));
const ReportScreen = lazy(() => import('./screens/report.screen').then((m) => ({ default: m.ReportScreen })));
const SharingScreen = lazy(() => import('./screens/sharing.screen').then((m) => ({ default: m.SharingScreen })));
const YourDataScreen = lazy(() => import('./screens/your-data.screen').then((m) => ({ default: m.YourDataScreen })));

export function App() {
  return (
    <AuthProvider>
      <ToastProvider>
        <Routes />
      </ToastProvider>
      <UpdatePrompt />
    </AuthProvider>
  );
}

/**
 * Help is reachable in every state, even before the session check answers or when it cannot: the
 * crisis lines, the calming tools and the plain-words guide need no account and no network.
 */
function Routes() {
  const { state } = useAuth();
  const signedIn = state.status === 'signed-in';

  return (
    <AppShell signedIn={signedIn} clinician={state.status === 'signed-in' && state.user.role === 'clinician'}>
      <Switch>
        <Route path="/help" component={GetHelpScreen} />
        <Route path="/calm" component={CalmScreen} />
        <Route path="/guide" component={GuideScreen} />
        <Route>
          {() => (
            <Suspense fallback={<div className="screen screen--loading" aria-busy="true" aria-label="Loading" />}>
              <StateRoutes />
            </Suspense>
          )}
        </Route>
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
          <Route path="/sign-up/clinician" component={ClinicianSignUpScreen} />
          <Route path="/sign-in" component={SignInScreen} />
          {/* Signed-in paths land on the welcome screen, where any notice (signed out, erased) shows. */}
          <Route>
            <Redirect to="/" replace />
          </Route>
        </Switch>
      );
    case 'signed-in':
      if (state.user.role === 'clinician') return <ClinicianRoutes user={state.user} />;
      return (
        <Switch>
          <Route path="/today">
            <TodayScreen user={state.user} />
          </Route>
          <Route path="/ladder" component={LadderScreen} />
          <Route path="/ladder/add" component={LadderAddScreen} />
          <Route path="/experiment/pick" component={PickChallengeScreen} />
          <Route path="/experiment/new" component={ExperimentBeforeScreen} />
          <Route path="/experiment/:id/go" component={DoItNowScreen} />
          <Route path="/experiment/:id/after" component={ExperimentAfterScreen} />
          <Route path="/experiment/:id/summary" component={ExperimentSummaryScreen} />
          <Route path="/history" component={HistoryScreen} />
          <Route path="/history/:id" component={HistoryDetailScreen} />
          <Route path="/progress" component={ProgressScreen} />
          <Route path="/measures" component={MeasuresScreen} />
          <Route path="/measures/entry/:id" component={MeasureEntryScreen} />
          <Route path="/measures/:measure" component={MeasureTakeScreen} />
          <Route path="/report" component={ReportScreen} />
          <Route path="/settings">
            <SettingsScreen user={state.user} />
          </Route>
          <Route path="/settings/data" component={YourDataScreen} />
          <Route path="/settings/sharing" component={SharingScreen} />
          <Route path="/safety/screening" component={ScreeningScreen} />
          <Route path="/safety/result" component={ScreeningResultScreen} />
          <Route path="/safety/crisis" component={CrisisScreen} />
          {/* A new account: the safety questions come before anything else. */}
          <Route path="/sign-up">
            <Redirect to="/safety/screening" replace />
          </Route>
          <Route>
            <Redirect to="/today" replace />
          </Route>
        </Switch>
      );
  }
}

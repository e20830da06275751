import type { Aggregate, Decider } from '../../shared/domain/decider.js';
import { notFound, ruleBroken } from '../../shared/domain/domain-error.js';
import { type MandateApplicationEvent, mandateApplicationSchemaVersions, type MandateApplied } from './events.js';

export type ApplicationStatus = 'submitted' | 'approved' | 'rejected';

/** An organisation's applications, oldest first. */
export interface ApplicationsState {
  readonly applications: readonly { readonly applicationId: string; readonly status: ApplicationStatus }[];
}

export type ApplicationCommand =
  | {
      readonly type: 'ApplyForMandate';
      /** Whether the organisation holds an active or suspended mandate today: the application layer reads it. */
      readonly data: MandateApplied['data'] & { readonly holdsMandate: boolean };
    }
  | {
      readonly type: 'ApproveMandateApplication';
      readonly data: { readonly applicationId: string; readonly enterpriseNumber: string; readonly approvedOn: string };
    }
  | {
      readonly type: 'RejectMandateApplication';
      readonly data: {
        readonly applicationId: string;
        readonly enterpriseNumber: string;
        readonly reason: string;
        readonly rejectedOn: string;
      };
    };

export const initialApplicationsState: ApplicationsState = { applications: [] };

export function evolveApplications(state: ApplicationsState, event: MandateApplicationEvent): ApplicationsState {
  switch (event.type) {
    case 'MandateApplied':
      return { applications: [...state.applications, { applicationId: event.data.applicationId, status: 'submitted' }] };
    case 'MandateApplicationApproved':
      return withStatus(state, event.data.applicationId, 'approved');
    case 'MandateApplicationRejected':
      return withStatus(state, event.data.applicationId, 'rejected');
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

const withStatus = (state: ApplicationsState, applicationId: string, status: ApplicationStatus): ApplicationsState => ({
  applications: state.applications.map((a) => (a.applicationId === applicationId ? { ...a, status } : a)),
});

export function decideApplication(command: ApplicationCommand, state: ApplicationsState): MandateApplicationEvent[] {
  switch (command.type) {
    case 'ApplyForMandate': {
      const { holdsMandate, ...data } = command.data;
      if (state.applications.some((a) => a.applicationId === data.applicationId)) return [];
      // One open application at a time; a rejected organisation may apply again with a new one.
      if (state.applications.some((a) => a.status === 'submitted')) {
        throw ruleBroken('APPLICATION_PENDING', `${data.enterpriseNumber} already has an application awaiting a decision`);
      }
      if (holdsMandate) throw ruleBroken('MANDATE_ALREADY_GRANTED', `${data.enterpriseNumber} already holds a mandate`);
      if (data.basis === 'quality-label' && !data.qualityLabel) {
        throw ruleBroken('QUALITY_LABEL_REQUIRED', 'qualityLabel is required when basis is quality-label', 'qualityLabel');
      }
      return [{ type: 'MandateApplied', data: { ...data, qualityLabel: data.basis === 'quality-label' ? data.qualityLabel : null } }];
    }
    case 'ApproveMandateApplication':
      assertSubmitted(state, command.data.applicationId);
      return [{ type: 'MandateApplicationApproved', data: command.data }];
    case 'RejectMandateApplication':
      assertSubmitted(state, command.data.applicationId);
      return [{ type: 'MandateApplicationRejected', data: command.data }];
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
}

function assertSubmitted(state: ApplicationsState, applicationId: string): void {
  const application = state.applications.find((a) => a.applicationId === applicationId);
  if (!application) throw notFound('APPLICATION_NOT_FOUND', `no mandate application ${applicationId}`);
  if (application.status !== 'submitted')
    throw ruleBroken('APPLICATION_ALREADY_DECIDED', `the application was already ${application.status}`);
}

export const applicationDecider: Decider<ApplicationCommand, ApplicationsState, MandateApplicationEvent> = {
  decide: decideApplication,
  evolve: evolveApplications,
  initialState: initialApplicationsState,
};

export const applicationAggregate: Aggregate<ApplicationCommand, ApplicationsState, MandateApplicationEvent> = {
  decider: applicationDecider,
  schemaVersions: mandateApplicationSchemaVersions,
};

// Patients, their care teams and their invitations (users are in users.ts).
import { createRoute, z } from '@hono/zod-openapi';
import {
  addCareTeamMember, careTeamMemberSchema as careTeamInput, editPatient, getCareTeam, getPatient, invitePatient, listPatients,
  newPatientSchema, patientEditSchema, patientInvitationSchema, registerPatient,
} from '../../services/index.ts';
import { idParam, newRouter } from '../env.ts';
import { json, jsonBody, route } from '../routes.ts';
import { renderInvitation } from '../invitation-link.ts';
import { careTeamMemberSchema, invitationSchema, patientListEntrySchema, storedPatientSchema } from '../schemas.ts';

const params = idParam('patientId');

export function peopleRoutes(): ReturnType<typeof newRouter> {
  const router = newRouter();
  router.openapi(createRoute({ ...route('get', '/patients', 'patients', 'List the clinic\'s patients with their number of episodes, those not yet in care included (staff)', z.array(patientListEntrySchema)) }),
    async (c) => json(c, await listPatients(c.var.deps, c.var.actor, c.var.now)));
  router.openapi(createRoute({ ...route('post', '/patients', 'patients', 'Register a patient (staff)', storedPatientSchema), request: { body: jsonBody(newPatientSchema) } }),
    async (c) => json(c, await registerPatient(c.var.deps, c.var.actor, c.req.valid('json'), c.var.now), 201));
  router.openapi(createRoute({ ...route('get', '/patients/{patientId}', 'patients', 'A patient', storedPatientSchema), request: { params } }),
    async (c) => json(c, await getPatient(c.var.deps, c.var.actor, c.req.valid('param').patientId, c.var.now)));
  router.openapi(createRoute({ ...route('put', '/patients/{patientId}', 'patients', 'Edit a patient (with the version read)', storedPatientSchema), request: { params, body: jsonBody(patientEditSchema) } }),
    async (c) => json(c, await editPatient(c.var.deps, c.var.actor, c.req.valid('param').patientId, c.req.valid('json'), c.var.now)));
  router.openapi(createRoute({ ...route('get', '/patients/{patientId}/care-team', 'patients', 'The patient\'s care team', z.array(careTeamMemberSchema)), request: { params } }),
    async (c) => json(c, await getCareTeam(c.var.deps, c.var.actor, c.req.valid('param').patientId, c.var.now)));
  router.openapi(createRoute({ ...route('post', '/patients/{patientId}/care-team', 'patients', 'Add a clinician to the care team (or change their part in it)', careTeamMemberSchema), request: { params, body: jsonBody(careTeamInput) } }),
    async (c) => json(c, await addCareTeamMember(c.var.deps, c.var.actor, c.req.valid('param').patientId, c.req.valid('json'), c.var.now), 201));
  router.openapi(createRoute({
    ...route('post', '/patients/{patientId}/invitation', 'patients', 'Invite the patient to sign in: a single-use link that expires (staff). Their sign-in is made on the first invitation', invitationSchema),
    request: { params, body: jsonBody(patientInvitationSchema) },
  }), async (c) => json(c, renderInvitation(c, await invitePatient(c.var.deps, c.var.actor, c.req.valid('param').patientId, c.req.valid('json'), c.var.now)), 201));
  return router;
}

// The carry ladder: walking with a load, from a light load in both hands to a weight held overhead.
// Each step changes one thing (load, one side, position of the load): reference §12.
import type { Exercise } from '../records/active-phase.ts';
import { metres } from './define.ts';

export const carryLadder: Exercise[] = [
  {
    id: 'carry-front-light', name: 'Carry a light box in front', kind: 'carry', ladder: 'carry', step: 1,
    trains: 'Carrying in front of the body, as with shopping or a child',
    unit: 'metres', loaded: true, startDose: metres(3, 20, 2), topDose: metres(3, 30, 10), minutes: 5,
    instructions: 'Hold a light box or bag in front of you with both hands, close to your body. Stand tall. Walk at a normal pace for the distance. Put it down by bending your knees and hips.',
    cues: ['Hold it close', 'Stand tall', 'Walk normally'],
  },
  {
    id: 'carry-farmer', name: 'Farmer carry', kind: 'carry', ladder: 'carry', step: 2,
    trains: 'Grip, posture and walking with a load in each hand',
    unit: 'metres', loaded: true, startDose: metres(3, 20, 6), topDose: metres(3, 40, 40), minutes: 6,
    instructions: 'Pick up a weight in each hand, like two shopping bags. Stand tall with your shoulders back. Walk with short, steady steps. Turn around slowly and walk back. The number is the total of both weights.',
    cues: ['Shoulders back and down', 'Do not lean', 'Short, steady steps'],
  },
  {
    id: 'carry-suitcase', name: 'Suitcase carry', kind: 'carry', ladder: 'carry', step: 3,
    trains: 'Staying upright with a load on one side',
    unit: 'metres', loaded: true, startDose: metres(3, 20, 4), topDose: metres(3, 40, 24), minutes: 6,
    instructions: 'Hold one weight in one hand, like a suitcase. Stand tall and do not lean away from it. Walk the distance. Swap hands and walk back.',
    cues: ['Stay level, do not lean', 'Stomach firm', 'Swap hands each length'],
  },
  {
    id: 'carry-front-rack', name: 'Carry at the chest', kind: 'carry', ladder: 'carry', step: 4,
    trains: 'Carrying with the load high, so the trunk works harder',
    unit: 'metres', loaded: true, startDose: metres(3, 20, 6), topDose: metres(3, 40, 24), minutes: 6,
    instructions: 'Hold a weight at your chest with both hands, like a cup. Keep your elbows in. Stand tall and walk the distance. Turn slowly and walk back.',
    cues: ['Elbows in', 'Breathe steadily', 'Stand tall'],
  },
  {
    id: 'carry-overhead', name: 'One-arm overhead carry', kind: 'carry', ladder: 'carry', step: 5,
    trains: 'Shoulder control with a load held overhead',
    unit: 'metres', loaded: true, startDose: metres(3, 15, 2), topDose: metres(3, 30, 16), minutes: 7,
    instructions: 'Press a light weight up over your head with one arm straight. Keep it over your shoulder. Walk the distance slowly. Lower it with care. Swap arms and walk back.',
    cues: ['Arm straight and by your ear', 'Ribs down', 'Start very light'],
  },
];

// A point of the answers' grid as argv: `recommend` for a topic, urgent or not, from mainland China
// or abroad, at an instant (the grid tests add their language, zone and output mode).
export function recommendArgv(topic: string, urgent: boolean, overseas: boolean, at: string): string[] {
  return ['recommend', '--topic', topic, urgent ? '--urgent' : '--not-urgent', overseas ? '--overseas' : '--mainland', '--at', at];
}

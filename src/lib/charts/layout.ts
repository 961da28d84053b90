/** From ChartData to a scene at a size: the one entry point to the five layouts. */
import type { ChartBody } from './data';
import type { Scene, Size } from './scene';
import { layoutDeaths } from './layouts/deaths';
import { layoutDeployments } from './layouts/deployments';
import { layoutSameStory } from './layouts/same-story';
import { layoutTimeline } from './layouts/timeline';
import { layoutWhere } from './layouts/where';

export function layoutChart(body: ChartBody, size: Size): Scene {
	switch (body.kind) {
		case 'deaths':
			return layoutDeaths(body, size);
		case 'deployments':
			return layoutDeployments(body, size);
		case 'same-story':
			return layoutSameStory(body, size);
		case 'timeline':
			return layoutTimeline(body, size);
		case 'where':
			return layoutWhere(body, size);
	}
}

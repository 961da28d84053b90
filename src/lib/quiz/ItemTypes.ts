/** The component for each question type (one per type, see types/). */
import type { Component } from 'svelte';
import type { ItemType } from './schema';
import type { ItemView } from './view';
import type { TypeProps } from './types/props';
import SingleChoice from './types/SingleChoice.svelte';
import MultipleSelect from './types/MultipleSelect.svelte';
import TrueFalse from './types/TrueFalse.svelte';
import MarkWords from './types/MarkWords.svelte';
import OrderList from './types/OrderList.svelte';
import MatchPairs from './types/MatchPairs.svelte';
import NumericEstimate from './types/NumericEstimate.svelte';
import Categorize from './types/Categorize.svelte';
import RateSource from './types/RateSource.svelte';
import CompareSources from './types/CompareSources.svelte';

type AnyTypeComponent = Component<TypeProps<ItemView> & { enhanced?: boolean }>;

export const typeComponents = {
	single: SingleChoice,
	multiple: MultipleSelect,
	truefalse: TrueFalse,
	mark: MarkWords,
	order: OrderList,
	match: MatchPairs,
	numeric: NumericEstimate,
	categorize: Categorize,
	rate: RateSource,
	compare: CompareSources
} as unknown as Record<ItemType, AnyTypeComponent>;

import { ApiProperty } from '@nestjs/swagger';
import { SessionUserDto } from './auth.dto';

export class UserDto extends SessionUserDto {
  @ApiProperty() disabled!: boolean;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class UserListDto {
  @ApiProperty({ type: [UserDto] }) items!: UserDto[];
}

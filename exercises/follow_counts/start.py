for user in User.objects.order_by('pk'):
    print(user.username, user.followers.count(), user.followings.count())
